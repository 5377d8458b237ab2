// Array-like views of a sink's records exposing only the fields the dataset checks read, one
// short-lived row at a time (so checkDataset runs unchanged over a columnar import).
import { SINK_TABLES, type CodeColumn, type LedgerSink, type SinkTableName } from './ledger-sink';

/** Fields dataset-checks.ts reads per ledger table (keys, references, dimension sets). */
const CHECK_FIELDS: Record<SinkTableName, readonly string[]> = {
  itemLedgerEntries: ['entryNo', 'itemNo', 'locationCode', 'appliesToEntry'],
  itemApplicationEntries: ['entryNo', 'itemLedgerEntryNo', 'inboundItemEntryNo', 'outboundItemEntryNo'],
  valueEntries: ['entryNo', 'itemLedgerEntryNo', 'itemNo', 'locationCode', 'dimensions'],
  glEntries: ['entryNo', 'glAccountNo', 'dimensions'],
  glItemLedgerRelations: ['glEntryNo', 'valueEntryNo'],
};

type Row = Record<string, unknown>;

/** A row's own state, under symbol keys (no check or Object.entries sees them). */
const SINK = Symbol('sink');
const INDEX = Symbol('index');

interface RowState {
  [SINK]: LedgerSink;
  [INDEX]: number;
}

/**
 * One prototype per table for the whole module, its getters reading the row's own state. A prototype must
 * not close over a sink: V8 keeps the maps of recently used prototypes alive for a few GCs, and a map keeps
 * its prototype, so a per-sink prototype held an import's whole column chunks after the import ended.
 */
const ROW_PROTOTYPES = Object.fromEntries(
  SINK_TABLES.map((table) => {
    const proto = {};
    for (const field of CHECK_FIELDS[table]) {
      Object.defineProperty(proto, field, {
        enumerable: true,
        get(this: RowState) {
          return this[SINK].value(table, this[INDEX], field);
        },
      });
    }
    return [table, Object.freeze(proto)];
  }),
) as Record<SinkTableName, object>;

/** The prototype rows of `table` share, whatever their sink (exported for the test that pins this). */
export function sinkRowPrototype(table: SinkTableName): object {
  return ROW_PROTOTYPES[table];
}

export class SinkRows {
  constructor(
    private readonly sink: LedgerSink,
    private readonly table: SinkTableName,
  ) {}

  get length(): number {
    return this.sink.count(this.table);
  }

  /** A field's entry nos. as one column, when the sink keeps it so (the checks' fast path). */
  entryNos(field: string): Float64Array | undefined {
    return this.sink.entryNoColumn?.(this.table, field);
  }

  /** A code field's dictionary codes as one column, when the sink keeps it so. */
  codes(field: string): CodeColumn | undefined {
    return this.sink.codeColumn?.(this.table, field);
  }

  row(index: number): Row {
    const row = Object.create(ROW_PROTOTYPES[this.table]) as RowState;
    row[SINK] = this.sink;
    row[INDEX] = index;
    return row as unknown as Row;
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
