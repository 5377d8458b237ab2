// Column chunk builders for a columnar import: each ledger record is encoded straight into typed
// arrays of CHUNK_ROWS rows with dictionary-coded strings, then dropped (no row object is kept).
import type { CodeColumn, EncodedLedgerSink, SinkScales } from '../core/interchange/columnar';
import type { DimensionSet } from '../core/model';
import { allocateColumn, decodeCell, encodeCell, type Scales } from './chunk-codec';
import { CHUNK_ROWS, COLUMN_SPECS, type ColumnSpec } from './column-specs';
import { LEDGER_TABLES, type ChunkRecord, type ColumnArray, type LedgerTableName } from './records';
import { StringDictionary } from './string-dictionary';
import { dimensionSetText, parseDimensionSetText } from './value-codecs';

/** A chunk before it belongs to a dataset (datasetId and chunkNo are set when written). */
export type BuiltChunk = Pick<ChunkRecord, 'rowCount' | 'columns' | 'exceptions'>;

class TableBuilder {
  readonly chunks: BuiltChunk[] = [];
  private current: BuiltChunk | null = null;
  /** The current chunk's columns in spec order (the order encoded rows come in). */
  private arrays: ColumnArray[] = [];
  count = 0;

  constructor(private readonly specs: readonly ColumnSpec[]) {}

  private chunkWithRoom(): BuiltChunk {
    let chunk = this.current;
    if (!chunk || chunk.rowCount === CHUNK_ROWS) {
      const columns: Record<string, ColumnArray> = {};
      this.arrays = this.specs.map(({ field, kind }) => (columns[field] = allocateColumn(kind, CHUNK_ROWS)));
      chunk = this.current = { rowCount: 0, columns, exceptions: {} };
      this.chunks.push(chunk);
    }
    return chunk;
  }

  add(record: Readonly<Record<string, unknown>>, dict: StringDictionary, scales: Scales): void {
    const chunk = this.chunkWithRoom();
    const row = chunk.rowCount;
    for (const { field, kind } of this.specs) {
      const value = record[field];
      const cell = encodeCell(kind, value, dict, scales);
      if (cell === null) {
        chunk.columns[field]![row] = kind === 'date' ? 0 : NaN;
        const text = kind === 'int' || kind === 'intOrNull' ? JSON.stringify(value ?? null) : String(value);
        (chunk.exceptions[field] ??= []).push([row, text]);
      } else {
        chunk.columns[field]![row] = cell;
      }
    }
    chunk.rowCount++;
    this.count++;
  }

  /** A row already encoded (EncodedLedgerSink's cells, in spec order): cells are what the columns hold. */
  addEncoded(cells: Float64Array): void {
    const chunk = this.chunkWithRoom();
    const row = chunk.rowCount;
    const arrays = this.arrays;
    for (let i = 0; i < arrays.length; i++) arrays[i]![row] = cells[i]!;
    chunk.rowCount++;
    this.count++;
  }

  /** Chunks cut to their row count (the last one is usually partly filled). */
  finish(): BuiltChunk[] {
    return this.chunks.map((c) =>
      c.rowCount === CHUNK_ROWS
        ? c
        : {
            ...c,
            columns: Object.fromEntries(Object.entries(c.columns).map(([f, col]) => [f, col.slice(0, c.rowCount)])),
          },
    );
  }
}

/** The ledgers of one import as column chunks, with the dictionary their string cells index. */
export interface BuiltLedgers {
  dict: StringDictionary;
  /** Scales the money columns were encoded at (null when no ledger row came). */
  scales: Scales | null;
  chunks: Record<LedgerTableName, BuiltChunk[]>;
}

function emptyTables(): Record<LedgerTableName, TableBuilder> {
  return Object.fromEntries(LEDGER_TABLES.map((t) => [t, new TableBuilder(COLUMN_SPECS[t])])) as Record<
    LedgerTableName,
    TableBuilder
  >;
}

/**
 * Encodes an import's ledger records into column chunks. finish() hands the chunks and dictionary over and
 * leaves the builder empty, so whatever still refers to the builder (the checks' row views) keeps no chunk.
 */
export class LedgerChunkBuilder implements EncodedLedgerSink {
  private dict = new StringDictionary();
  private scales: Scales | null = null;
  private tables = emptyTables();
  private readonly specs = Object.fromEntries(
    LEDGER_TABLES.map((t) => [t, new Map(COLUMN_SPECS[t].map((s) => [s.field, s]))]),
  ) as Record<LedgerTableName, Map<string, ColumnSpec>>;
  private dimensionSets = new Map<number, unknown>();

  private readonly fieldOrder = Object.fromEntries(
    LEDGER_TABLES.map((t) => [t, COLUMN_SPECS[t].map((s) => s.field)] as const),
  ) as unknown as Record<LedgerTableName, readonly string[]>;

  private scalesFor(scales: SinkScales): Scales {
    if (!this.scales) this.scales = { amountScale: scales.amountScale, unitAmountScale: scales.unitAmountScale };
    else if (this.scales.amountScale !== scales.amountScale || this.scales.unitAmountScale !== scales.unitAmountScale)
      throw new Error('the amount precision changed while reading the ledgers');
    return this.scales;
  }

  add(table: LedgerTableName, record: Readonly<Record<string, unknown>>, scales: SinkScales): void {
    this.tables[table].add(record, this.dict, this.scalesFor(scales));
  }

  encodedFields(table: LedgerTableName): readonly string[] {
    return this.fieldOrder[table];
  }

  code(text: string): number {
    return this.dict.code(text);
  }

  codeDimensionSet(set: DimensionSet): number {
    return this.dict.code(dimensionSetText(set));
  }

  /** The cells are those of chunk-codec.ts's encodeCell: the same contract (EncodedLedgerSink). */
  addEncoded(table: LedgerTableName, cells: Float64Array, scales: SinkScales): void {
    this.scalesFor(scales);
    this.tables[table].addEncoded(cells);
  }

  count(table: LedgerTableName): number {
    return this.tables[table].count;
  }

  value(table: LedgerTableName, index: number, field: string): unknown {
    const spec = this.specs[table].get(field);
    if (!spec) throw new Error(`${table} has no column ${field}`);
    const chunk = this.tables[table].chunks[Math.floor(index / CHUNK_ROWS)];
    if (!chunk) throw new Error(`${table} has no row ${index}`);
    const row = index % CHUNK_ROWS;
    const cell = chunk.columns[field]![row]!;
    const exception = chunk.exceptions[field]?.find(([i]) => i === row);
    if (exception) return spec.kind === 'int' || spec.kind === 'intOrNull' ? JSON.parse(exception[1]) : exception[1];
    if (spec.kind === 'dimensions') {
      // Sets are read-only in the checks: one decoded object per distinct set.
      let set = this.dimensionSets.get(cell);
      if (set === undefined) this.dimensionSets.set(cell, (set = parseDimensionSetText(this.dict.values[cell] ?? '')));
      return set;
    }
    return decodeCell(spec.kind, cell, this.dict.values, this.scales ?? { amountScale: 2, unitAmountScale: 5 });
  }

  entryNoColumn(table: LedgerTableName, field: string): Float64Array | undefined {
    const kind = this.specs[table].get(field)?.kind;
    if (kind !== 'int' && kind !== 'intOrNull') return undefined;
    return this.concat(table, field, new Float64Array(this.tables[table].count));
  }

  codeColumn(table: LedgerTableName, field: string): CodeColumn | undefined {
    if (this.specs[table].get(field)?.kind !== 'string') return undefined;
    const codes = this.concat(table, field, new Uint32Array(this.tables[table].count));
    return codes && { codes, strings: this.dict.values };
  }

  /** One field's cells of every chunk in one array; undefined when a chunk keeps an exception for it. */
  private concat<A extends Float64Array | Uint32Array>(table: LedgerTableName, field: string, out: A): A | undefined {
    let at = 0;
    for (const chunk of this.tables[table].chunks) {
      if (chunk.exceptions[field]?.length) return undefined;
      out.set(chunk.columns[field]!.subarray(0, chunk.rowCount), at);
      at += chunk.rowCount;
    }
    return out;
  }

  /** The chunks and dictionary so far; the builder is empty afterwards. */
  finish(): BuiltLedgers {
    const chunks = Object.fromEntries(LEDGER_TABLES.map((t) => [t, this.tables[t].finish()])) as Record<
      LedgerTableName,
      BuiltChunk[]
    >;
    const built = { dict: this.dict, scales: this.scales, chunks };
    this.dict = new StringDictionary();
    this.scales = null;
    this.tables = emptyTables();
    this.dimensionSets = new Map();
    return built;
  }
}
