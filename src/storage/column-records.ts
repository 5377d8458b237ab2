// Chunk ⇄ column records: a ledger chunk is stored as one record per field, so a reader fetches only the
// fields it uses and a watermark update rewrites only the watermark columns. Pure (no Dexie).
import type { ChunkRecord, ColumnRecord, LedgerTableName } from './records';

/** The column records of `chunk` (of `fields` only, when given), each with its field's exceptions. */
export function splitChunk(chunk: ChunkRecord, fields?: readonly string[]): ColumnRecord[] {
  const { datasetId, table, chunkNo } = chunk;
  return (fields ?? Object.keys(chunk.columns)).map((field) => {
    const values = chunk.columns[field];
    if (!values) throw new Error(`chunk ${table}/${chunkNo} has no column ${field}`);
    const record: ColumnRecord = { datasetId, table, field, chunkNo, values };
    const exceptions = chunk.exceptions[field];
    if (exceptions && exceptions.length > 0) record.exceptions = exceptions;
    return record;
  });
}

/**
 * Chunks `chunkNos` (in that order) assembled from column records: `byField` holds, per field, the records
 * read for it in any order. A chunk missing a field's record is an error (the stored table is damaged).
 */
export function assembleChunks(
  datasetId: string,
  table: LedgerTableName,
  chunks: readonly { chunkNo: number; rowCount: number }[],
  byField: ReadonlyMap<string, readonly ColumnRecord[]>,
): ChunkRecord[] {
  const at = new Map<number, ChunkRecord>();
  const out = chunks.map(({ chunkNo, rowCount }) => {
    const chunk: ChunkRecord = { datasetId, table, chunkNo, rowCount, columns: {}, exceptions: {} };
    at.set(chunkNo, chunk);
    return chunk;
  });
  for (const [field, records] of byField) {
    for (const r of records) {
      const chunk = at.get(r.chunkNo);
      if (!chunk) continue;
      if (r.values.length !== chunk.rowCount)
        throw new Error(`stored ${table}/${r.chunkNo}.${field} has ${r.values.length} cells, not ${chunk.rowCount}`);
      chunk.columns[field] = r.values;
      if (r.exceptions) chunk.exceptions[field] = r.exceptions;
    }
    for (const chunk of out)
      if (!chunk.columns[field]) throw new Error(`missing column ${table}/${chunk.chunkNo}.${field} of ${datasetId}`);
  }
  return out;
}
