// Chunk ⇄ column records: a ledger chunk is stored as one record per field, so a reader fetches only the
// fields it uses and a watermark update rewrites only the watermark columns. Cells are stored in the
// narrowest typed array that holds them exactly, big dictionary indexes of few distinct values through a
// code table of the chunk's own (fewer bytes to write, read and clone). Pure (no Dexie).
import { allocateColumn } from './chunk-codec';
import { COLUMN_SPECS, type ColumnKind } from './column-specs';
import type { ChunkRecord, ColumnArray, ColumnRecord, LedgerTableName, StoredChunk, StoredColumn } from './records';

/**
 * Chromium keeps an IndexedDB value under 64 KiB inline in its LevelDB and wraps a bigger one in a blob; bulk
 * reads of inline values were measured ~3× slower per byte (test/bench/browser/idb-record-sizes.ts: 50 kB vs 100 kB records), so a
 * column of a full chunk is never narrowed below this size.
 */
const INLINE_LIMIT = 64 * 1024;

/** The narrowest of the unsigned arrays for cells below `limit`, kept above INLINE_LIMIT when the column can be. */
function unsignedFor(col: Uint32Array | Uint8Array, limit: number): StoredColumn {
  const n = col.length;
  const above = (bytes: number) => n * bytes > INLINE_LIMIT || n * 4 <= INLINE_LIMIT;
  if (limit <= 0x100 && above(1)) return col instanceof Uint8Array ? col : new Uint8Array(col);
  if (limit <= 0x10000 && above(2)) return new Uint16Array(col);
  return col instanceof Uint32Array ? col : new Uint32Array(col);
}

/**
 * The array a column is stored in: the smallest holding every cell exactly (integral money and entry nos.
 * as Int32, codes in 8 or 16 bits), within the inline limit above.
 */
export function narrowColumn(col: ColumnArray): StoredColumn {
  if (col instanceof Float64Array) {
    for (let i = 0; i < col.length; i++) {
      const v = col[i]!;
      if ((v | 0) !== v) return col; // fractions, NaN (null) and values beyond 32 bits
    }
    return new Int32Array(col);
  }
  if (col instanceof Uint32Array || col instanceof Uint8Array) {
    let max = 0;
    for (let i = 0; i < col.length; i++) if (col[i]! > max) max = col[i]!;
    return unsignedFor(col, max + 1);
  }
  return col;
}

/**
 * Scratch for code tables: dictionary index → position + 1 in the table being built (0: not met), reset after
 * each column; zero-filled, so only the pages of the indexes met are ever touched. One per write.
 */
export class CodeTableScratch {
  private positions = new Int32Array(0);

  /**
   * A coded column whose cells need 32 bits, as positions in a code table of its distinct values (first-seen
   * order) when that takes fewer bytes; null otherwise (many distinct values: given up early).
   */
  withCodeTable(col: Uint32Array, max: number): { values: StoredColumn; codes: Uint32Array } | null {
    const n = col.length;
    const limit = Math.min(0x10000, n >> 2);
    if (this.positions.length <= max) this.positions = new Int32Array(max + 1);
    const table = this.positions;
    const codes: number[] = [];
    const local = new Uint32Array(n);
    let i = 0;
    for (; i < n; i++) {
      const index = col[i]!;
      let p = table[index]!;
      if (p === 0) {
        if (codes.length === limit) break;
        codes.push(index);
        p = table[index] = codes.length;
      }
      local[i] = p - 1;
    }
    for (const index of codes) table[index] = 0;
    if (i < n) return null;
    return { values: unsignedFor(local, codes.length), codes: Uint32Array.from(codes) };
  }
}

/** A column as stored: narrowed (narrowColumn), or for big dictionary indexes maybe with its own code table. */
export function encodeColumn(
  col: ColumnArray,
  scratch = new CodeTableScratch(),
): { values: StoredColumn; codes?: Uint32Array } {
  const values = narrowColumn(col);
  if (!(values instanceof Uint32Array) || !(col instanceof Uint32Array)) return { values };
  let max = 0;
  for (let i = 0; i < col.length; i++) if (col[i]! > max) max = col[i]!;
  return scratch.withCodeTable(col, max) ?? { values };
}

/** The cells of a stored column: its code table's entries when it has one. */
export function storedCells(values: StoredColumn, codes: Uint32Array | undefined): StoredColumn {
  if (!codes) return values;
  const cells = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const index = codes[values[i]!];
    if (index === undefined) throw new Error('a stored cell lies outside its code table');
    cells[i] = index;
  }
  return cells;
}

/** The field's ColumnArray (allocateColumn's type) for stored cells. */
export function widenColumn(kind: ColumnKind, values: StoredColumn): ColumnArray {
  const out = allocateColumn(kind, 0);
  if (values.constructor === out.constructor) return values as ColumnArray;
  const wide = allocateColumn(kind, values.length);
  wide.set(values);
  return wide;
}

/** The column records of `chunk` (of `fields` only, when given), each with its field's exceptions. */
export function splitChunk(
  chunk: ChunkRecord,
  fields?: readonly string[],
  scratch = new CodeTableScratch(),
): ColumnRecord[] {
  const { datasetId, table, chunkNo } = chunk;
  return (fields ?? Object.keys(chunk.columns)).map((field) => {
    const col = chunk.columns[field];
    if (!col) throw new Error(`chunk ${table}/${chunkNo} has no column ${field}`);
    const { values, codes } = encodeColumn(col, scratch);
    const record: ColumnRecord = { datasetId, table, field, chunkNo, values };
    if (codes) record.codes = codes;
    const exceptions = chunk.exceptions[field];
    if (exceptions && exceptions.length > 0) record.exceptions = exceptions;
    return record;
  });
}

/**
 * Chunks `chunks` (in that order) assembled from column records: `byField` holds, per field, the records
 * read for it in any order. A chunk missing a field's record is an error (the stored table is damaged).
 * Columns stay as stored (maybe narrower than their ColumnArray).
 */
export function assembleStoredChunks(
  datasetId: string,
  table: LedgerTableName,
  chunks: readonly { chunkNo: number; rowCount: number }[],
  byField: ReadonlyMap<string, readonly ColumnRecord[]>,
): StoredChunk[] {
  const at = new Map<number, StoredChunk>();
  const out = chunks.map(({ chunkNo, rowCount }) => {
    const chunk: StoredChunk = { datasetId, table, chunkNo, rowCount, columns: {}, exceptions: {} };
    at.set(chunkNo, chunk);
    return chunk;
  });
  for (const [field, records] of byField) {
    for (const r of records) {
      const chunk = at.get(r.chunkNo);
      if (!chunk) continue;
      if (r.values.length !== chunk.rowCount)
        throw new Error(`stored ${table}/${r.chunkNo}.${field} has ${r.values.length} cells, not ${chunk.rowCount}`);
      chunk.columns[field] = storedCells(r.values, r.codes);
      if (r.exceptions) chunk.exceptions[field] = r.exceptions;
    }
    for (const chunk of out)
      if (!chunk.columns[field]) throw new Error(`missing column ${table}/${chunk.chunkNo}.${field} of ${datasetId}`);
  }
  return out;
}

/** As assembleStoredChunks, each column in its field's ColumnArray (what writers and decoders expect). */
export function assembleChunks(
  datasetId: string,
  table: LedgerTableName,
  chunks: readonly { chunkNo: number; rowCount: number }[],
  byField: ReadonlyMap<string, readonly ColumnRecord[]>,
): ChunkRecord[] {
  const kinds = new Map(COLUMN_SPECS[table].map((s) => [s.field, s.kind]));
  return assembleStoredChunks(datasetId, table, chunks, byField).map((chunk) => {
    const columns: ChunkRecord['columns'] = {};
    for (const [field, values] of Object.entries(chunk.columns)) {
      const kind = kinds.get(field);
      if (!kind) throw new Error(`${table} has no field ${field}`);
      columns[field] = widenColumn(kind, values);
    }
    return { ...chunk, columns };
  });
}
