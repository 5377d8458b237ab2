// Ledger chunks in IndexedDB as column records (key [datasetId, table, field, chunkNo]): one range read per
// field returns its chunks in order, the fields' reads are issued at once, and a write puts only the fields
// it changed. Callers see whole ChunkRecords holding the fields they asked for.
import { assembleChunks, assembleStoredChunks, CodeTableScratch, splitChunk } from './column-records';
import { COLUMN_SPECS } from './column-specs';
import type { FieldChunk } from './coded-cells';
import type { ChunkRecord, ChunkSummary, ColumnRecord, DatasetRecord, LedgerTableName, StoredChunk } from './records';
import type { CostbookDb } from './schema';

export interface ChunkReadOptions {
  /** Fields to read (default: every field of the table). */
  fields?: readonly string[];
  /** Skip chunks whose posting dates all fall outside these day numbers. */
  dateRange?: { fromDay?: number; toDay?: number };
}

function fieldsOf(table: LedgerTableName, fields?: readonly string[]): readonly string[] {
  return fields ?? COLUMN_SPECS[table].map((s) => s.field);
}

function inDateRange(s: ChunkSummary, range: ChunkReadOptions['dateRange']): boolean {
  if (!range || s.minDate === null || s.maxDate === null) return true;
  if (range.fromDay !== undefined && s.maxDate < range.fromDay) return false;
  if (range.toDay !== undefined && s.minDate > range.toDay) return false;
  return true;
}

/** The column records of one field for chunks lo…hi (one getAll). */
function readFieldRange(
  db: CostbookDb,
  datasetId: string,
  table: LedgerTableName,
  field: string,
  lo: number,
  hi: number,
): Promise<ColumnRecord[]> {
  return db.columns
    .where('[datasetId+table+field+chunkNo]')
    .between([datasetId, table, field, lo], [datasetId, table, field, hi], true, true)
    .toArray();
}

/** The summaries of the chunks to read, and per field its column records (one getAll per field, all at once). */
async function readTableRecords(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
  options: ChunkReadOptions,
): Promise<{ wanted: ChunkSummary[]; byField: Map<string, ColumnRecord[]> }> {
  const wanted = record.chunks[table].filter((s) => inDateRange(s, options.dateRange));
  if (wanted.length === 0) return { wanted, byField: new Map() };
  const lo = wanted[0]!.chunkNo;
  const hi = wanted[wanted.length - 1]!.chunkNo;
  const fields = fieldsOf(table, options.fields);
  const read = await Promise.all(fields.map((f) => readFieldRange(db, record.id, table, f, lo, hi)));
  return { wanted, byField: new Map(fields.map((f, i) => [f, read[i]!])) };
}

/** One field of every chunk of the table, in chunk order, as stored (one getAll). */
export async function readFieldChunks(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
  field: string,
): Promise<FieldChunk[]> {
  const index = record.chunks[table];
  if (index.length === 0) return [];
  const got = await readFieldRange(db, record.id, table, field, index[0]!.chunkNo, index[index.length - 1]!.chunkNo);
  if (got.length !== index.length || got.some((r, k) => r.chunkNo !== index[k]!.chunkNo))
    throw new Error(`stored ${table}.${field} of ${record.id} does not match its chunk index`);
  return got.map((r, k) => {
    if (r.values.length !== index[k]!.rowCount)
      throw new Error(`stored ${table}/${r.chunkNo}.${field} has the wrong length`);
    const chunk: FieldChunk = { rowCount: r.values.length, values: r.values };
    if (r.codes) chunk.codes = r.codes;
    if (r.exceptions) chunk.exceptions = r.exceptions;
    return chunk;
  });
}

/** The table's chunks (those in the date range), in chunk order, with the fields asked for. */
export async function readTableChunks(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
  options: ChunkReadOptions = {},
): Promise<ChunkRecord[]> {
  const { wanted, byField } = await readTableRecords(db, record, table, options);
  return assembleChunks(record.id, table, wanted, byField);
}

/** As readTableChunks, the columns as stored (maybe narrower arrays): for readers that only read cells. */
export async function readStoredTableChunks(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
  options: ChunkReadOptions = {},
): Promise<StoredChunk[]> {
  const { wanted, byField } = await readTableRecords(db, record, table, options);
  return assembleStoredChunks(record.id, table, wanted, byField);
}

/** Some chunks of a table (by summary) with the fields asked for. */
export async function readChunks(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
  chunkNos: readonly number[],
  fields?: readonly string[],
): Promise<ChunkRecord[]> {
  if (chunkNos.length === 0) return [];
  const byNo = new Map(record.chunks[table].map((s) => [s.chunkNo, s]));
  const wanted = chunkNos.map((n) => {
    const s = byNo.get(n);
    if (!s) throw new Error(`missing chunk ${table}/${n} of dataset ${record.id}`);
    return s;
  });
  const names = fieldsOf(table, fields);
  const keys = wanted.flatMap((s) =>
    names.map((f): [string, string, string, number] => [record.id, table, f, s.chunkNo]),
  );
  const got = await db.columns.bulkGet(keys);
  const byField = new Map<string, ColumnRecord[]>(names.map((f) => [f, []]));
  for (const r of got) if (r) byField.get(r.field)!.push(r);
  return assembleChunks(record.id, table, wanted, byField);
}

/** One chunk with the fields asked for. */
export async function readChunk(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
  chunkNo: number,
  fields?: readonly string[],
): Promise<ChunkRecord> {
  return (await readChunks(db, record, table, [chunkNo], fields))[0]!;
}

/** Stores chunks as column records: every field they hold, or only `fields` (the others stay as stored). */
export async function putChunks(
  db: CostbookDb,
  chunks: readonly ChunkRecord[],
  fields?: readonly string[],
): Promise<void> {
  if (chunks.length === 0) return;
  const scratch = new CodeTableScratch();
  await db.columns.bulkPut(chunks.flatMap((c) => splitChunk(c, fields, scratch)));
}

/** Removes every column record of a dataset. */
export async function deleteDatasetColumns(db: CostbookDb, datasetId: string): Promise<void> {
  await db.columns.where('datasetId').equals(datasetId).delete();
}
