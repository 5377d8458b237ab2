// Array-like views of a sink's records exposing only the fields the dataset checks read, one
// short-lived row at a time (so checkDataset runs unchanged over a columnar import).
import type { LedgerSink, SinkTableName } from './ledger-sink';

/** Fields dataset-checks.ts reads per ledger table (keys, references, dimension sets). */
const CHECK_FIELDS: Record<SinkTableName, readonly string[]> = {
  itemLedgerEntries: ['entryNo', 'itemNo', 'locationCode', 'appliesToEntry'],
  itemApplicationEntries: ['entryNo', 'itemLedgerEntryNo', 'inboundItemEntryNo', 'outboundItemEntryNo'],
  valueEntries: ['entryNo', 'itemLedgerEntryNo', 'itemNo', 'locationCode', 'dimensions'],
  glEntries: ['entryNo', 'glAccountNo', 'dimensions'],
  glItemLedgerRelations: ['glEntryNo', 'valueEntryNo'],
};

type Row = Record<string, unknown>;

export class SinkRows {
  /** Rows are `{ index }` objects whose fields are getters: a check decodes only the field it reads. */
  private readonly proto: object;

  constructor(
    private readonly sink: LedgerSink,
    private readonly table: SinkTableName,
  ) {
    const proto = {};
    for (const field of CHECK_FIELDS[table]) {
      Object.defineProperty(proto, field, {
        enumerable: true,
        get(this: { index: number }) {
          return sink.value(table, this.index, field);
        },
      });
    }
    this.proto = proto;
  }

  get length(): number {
    return this.sink.count(this.table);
  }

  private row(index: number): Row {
    const row = Object.create(this.proto) as Row;
    row.index = index;
    return row;
  }

  forEach(fn: (row: Row, index: number) => void): void {
    const n = this.length;
    for (let i = 0; i < n; i++) fn(this.row(i), i);
  }

  map<T>(fn: (row: Row, index: number) => T): T[] {
    const n = this.length;
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = fn(this.row(i), i);
    return out;
  }

  some(fn: (row: Row, index: number) => boolean): boolean {
    const n = this.length;
    for (let i = 0; i < n; i++) if (fn(this.row(i), i)) return true;
    return false;
  }
}
