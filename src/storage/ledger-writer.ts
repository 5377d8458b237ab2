// Writes ledger rows as column chunks. Appends refill the last chunk and add new ones; upserts rewrite
// only the chunks holding the touched entries, watermark updates only those chunks' watermark columns.
import { problem, type Problem } from '../core/problems';
import type { ValueEntryWatermark } from '../core/model';
import { decodeRows, encodeCell, encodeRows, type Scales } from './chunk-codec';
import { putChunks, readChunk, readChunks } from './chunk-store';
import { summarizeChunk } from './chunk-summary';
import { CHUNK_ROWS, COLUMN_SPECS, ENTRY_NO_FIELD } from './column-specs';
import {
  LEDGER_TABLES,
  type ChunkRecord,
  type ChunkSummary,
  type DatasetRecord,
  type LedgerTableName,
} from './records';
import type { CostbookDb } from './schema';
import type { StringDictionary } from './string-dictionary';
import type { BuiltLedgers } from './chunk-writer';
import { dimensionSetText } from './value-codecs';

type Row = Record<string, unknown>;

/** What a write needs: the open database, the dataset record being updated, its dictionary. */
export interface LedgerWriteContext {
  db: CostbookDb;
  record: DatasetRecord;
  dict: StringDictionary;
}

function scalesOf(record: DatasetRecord): Scales {
  return { amountScale: record.amountScale, unitAmountScale: record.unitAmountScale };
}

function encodeChunk(ctx: LedgerWriteContext, table: LedgerTableName, chunkNo: number, rows: Row[]): ChunkRecord {
  const { columns, exceptions } = encodeRows(rows, COLUMN_SPECS[table], ctx.dict, scalesOf(ctx.record));
  return { datasetId: ctx.record.id, table, chunkNo, rowCount: rows.length, columns, exceptions };
}

function decodeChunk(ctx: LedgerWriteContext, chunk: ChunkRecord): Row[] {
  return decodeRows(chunk, COLUMN_SPECS[chunk.table], ctx.dict.values, scalesOf(ctx.record));
}

/** Stores whole chunks and updates their summaries in the dataset record. */
async function putWholeChunks(ctx: LedgerWriteContext, chunks: ChunkRecord[]): Promise<void> {
  if (chunks.length === 0) return;
  await putChunks(ctx.db, chunks);
  const index = ctx.record.chunks[chunks[0]!.table];
  for (const chunk of chunks) index[chunk.chunkNo] = summarizeChunk(chunk);
}

/** Appends rows after the table's last row (refilling a partly filled last chunk). */
export async function appendRows(ctx: LedgerWriteContext, table: LedgerTableName, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const index = ctx.record.chunks[table];
  let pending: Row[] = rows as Row[];
  let chunkNo = index.length;
  const last = index[index.length - 1];
  if (last && last.rowCount < CHUNK_ROWS) {
    const chunk = await readChunk(ctx.db, ctx.record, table, last.chunkNo);
    pending = decodeChunk(ctx, chunk).concat(pending);
    chunkNo = last.chunkNo;
  }
  ctx.dict.locate(codedStrings(table, pending));
  const chunks: ChunkRecord[] = [];
  for (let at = 0; at < pending.length; at += CHUNK_ROWS, chunkNo++) {
    chunks.push(encodeChunk(ctx, table, chunkNo, pending.slice(at, at + CHUNK_ROWS)));
  }
  await putWholeChunks(ctx, chunks);
}

/** The strings `rows` put into the dictionary (as encodeCell codes them). */
function codedStrings(table: LedgerTableName, rows: readonly Row[]): Set<string> {
  const out = new Set<string>();
  for (const { field, kind } of COLUMN_SPECS[table]) {
    if (kind === 'string')
      for (const row of rows) {
        const value = row[field];
        out.add(typeof value === 'string' ? value : '');
      }
    else if (kind === 'dimensions')
      for (const row of rows) out.add(dimensionSetText((row[field] ?? {}) as Record<string, string>));
  }
  return out;
}

function chunksCovering(index: readonly ChunkSummary[], entryNos: readonly number[]): ChunkSummary[] {
  if (entryNos.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of entryNos) {
    if (e < lo) lo = e;
    if (e > hi) hi = e;
  }
  return index.filter((s) => s.rowCount > 0 && s.maxEntryNo >= lo && s.minEntryNo <= hi);
}

/** Entry nos. among `entryNos` that the table already holds. */
export async function existingEntryNos(
  ctx: LedgerWriteContext,
  table: LedgerTableName,
  entryNos: readonly number[],
): Promise<Set<number>> {
  const wanted = new Set(entryNos);
  const found = new Set<number>();
  const field = ENTRY_NO_FIELD[table];
  const covering = chunksCovering(ctx.record.chunks[table], entryNos).map((s) => s.chunkNo);
  for (const chunk of await readChunks(ctx.db, ctx.record, table, covering, [field])) {
    const col = chunk.columns[field]!;
    for (let i = 0; i < chunk.rowCount; i++) if (wanted.has(col[i]!)) found.add(col[i]!);
  }
  return found;
}

/** Replaces rows matched by entry no. in place and appends the others (item ledger/application entries). */
export async function upsertRows(ctx: LedgerWriteContext, table: LedgerTableName, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const byNo = new Map<number, Row>();
  for (const r of rows) byNo.set(r.entryNo as number, r);
  const rewritten: ChunkRecord[] = [];
  const covering = chunksCovering(ctx.record.chunks[table], [...byNo.keys()]).map((s) => s.chunkNo);
  for (const located of await readChunks(ctx.db, ctx.record, table, covering, ['entryNo'])) {
    const col = located.columns.entryNo!;
    const hits: number[] = [];
    for (let i = 0; i < located.rowCount; i++) if (byNo.has(col[i]!)) hits.push(i);
    if (hits.length === 0) continue;
    const chunk = await readChunk(ctx.db, ctx.record, table, located.chunkNo);
    const decoded = decodeChunk(ctx, chunk);
    for (const i of hits) {
      const no = col[i]!;
      decoded[i] = byNo.get(no)!;
      byNo.delete(no);
    }
    rewritten.push(encodeChunk(ctx, table, chunk.chunkNo, decoded));
  }
  await putWholeChunks(ctx, rewritten);
  const fresh = rows.filter((r) => byNo.get(r.entryNo as number) === r);
  await appendRows(ctx, table, fresh);
}

const WATERMARK_FIELDS = ['costPostedToGL', 'expectedCostPostedToGL'] as const;

function setCell(ctx: LedgerWriteContext, chunk: ChunkRecord, field: string, row: number, value: string): void {
  const cell = encodeCell('amount', value, ctx.dict, scalesOf(ctx.record));
  const others = (chunk.exceptions[field] ?? []).filter(([i]) => i !== row);
  if (cell === null) {
    chunk.columns[field]![row] = NaN;
    others.push([row, value]);
  } else {
    chunk.columns[field]![row] = cell;
  }
  chunk.exceptions = { ...chunk.exceptions, [field]: others };
}

/** Updates value entries' Cost Posted to G/L watermarks; problems name unknown entries. */
export async function applyWatermarks(
  ctx: LedgerWriteContext,
  watermarks: readonly ValueEntryWatermark[],
): Promise<Problem[]> {
  if (watermarks.length === 0) return [];
  const pending = new Map<number, ValueEntryWatermark>();
  for (const w of watermarks) pending.set(w.valueEntryNo, { ...pending.get(w.valueEntryNo), ...w });
  const rewritten: ChunkRecord[] = [];
  const covering = chunksCovering(ctx.record.chunks.valueEntries, [...pending.keys()]).map((s) => s.chunkNo);
  const fields = ['entryNo', ...WATERMARK_FIELDS];
  for (const chunk of await readChunks(ctx.db, ctx.record, 'valueEntries', covering, fields)) {
    const col = chunk.columns.entryNo!;
    let touched = false;
    for (let i = 0; i < chunk.rowCount; i++) {
      const w = pending.get(col[i]!);
      if (!w) continue;
      for (const field of WATERMARK_FIELDS) if (w[field] !== undefined) setCell(ctx, chunk, field, i, w[field]);
      pending.delete(col[i]!);
      touched = true;
    }
    if (touched) rewritten.push(chunk);
  }
  // Only the watermark columns change: the chunk's other records and its summary stay as stored.
  await putChunks(ctx.db, rewritten, WATERMARK_FIELDS);
  return [...pending.keys()].map((no) =>
    problem('reference-unknown', `Value entry ${no} does not exist in this dataset.`, {
      table: 'valueEntries',
      entryNo: no,
    }),
  );
}

/** Writes a whole table from scratch (chunk numbers from 0). */
export async function writeTable(ctx: LedgerWriteContext, table: LedgerTableName, rows: readonly Row[]): Promise<void> {
  ctx.record.chunks[table] = [];
  await appendRows(ctx, table, rows);
}

/** Writes a columnar import's chunks as the dataset's whole ledgers (chunk numbers from 0). */
export async function putBuiltChunks(ctx: LedgerWriteContext, built: BuiltLedgers): Promise<void> {
  const scales = scalesOf(ctx.record);
  if (
    built.scales &&
    (built.scales.amountScale !== scales.amountScale || built.scales.unitAmountScale !== scales.unitAmountScale)
  )
    throw new Error('ledger chunks were encoded at another amount precision than the dataset');
  for (const table of LEDGER_TABLES) {
    ctx.record.chunks[table] = [];
    const chunks = built.chunks[table].map((c, chunkNo) => ({ ...c, datasetId: ctx.record.id, table, chunkNo }));
    await putWholeChunks(ctx, chunks);
  }
}
