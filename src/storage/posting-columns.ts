// The columnar Post Inventory Cost to G/L run's storage side: the value-entry fields posting uses as
// posting columns (no row objects), and its commit in one transaction — only the watermark columns of the
// touched value-entry chunks are rewritten; G/L entries and relation chunks are appended.
import type { GLEntry } from '../core/model';
import { fail, ok, problem, type Result } from '../core/problems';
import {
  POSTING_AMOUNT_FIELDS,
  POSTING_STRING_FIELDS,
  type ColumnarRelations,
  type ColumnarWatermarks,
  type PostingChunk,
  type PostingEntryColumns,
} from '../core/posting/columnar';
import { summarizeChunk } from './chunk-summary';
import { CHUNK_ROWS } from './column-specs';
import { StaleRevisionError, summaryOf, type DatasetSummary } from './dataset-store';
import { readDictionary, writeDictionaryChanges } from './dictionary-store';
import { putChunks, readChunk, readChunks, readTableChunks } from './chunk-store';
import { appendRows, type LedgerWriteContext } from './ledger-writer';
import type { ChunkRecord } from './records';
import type { CostbookDb } from './schema';
import { inReadTransaction, inWriteTransaction } from './transaction';
import { parseDimensionSetText } from './value-codecs';

/** Columns a chunk must hold exactly (no exception cells) for the columnar run. */
const EXACT_FIELDS = ['entryNo', 'itemLedgerEntryNo', 'postingDate', 'dimensions', ...POSTING_AMOUNT_FIELDS];
/** The value-entry fields the columnar run reads (PostingChunk). */
export const POSTING_READS: readonly string[] = [
  ...EXACT_FIELDS,
  'expectedCost',
  'inventoriable',
  ...POSTING_STRING_FIELDS,
];
const WATERMARK_FIELDS = ['costPostedToGL', 'expectedCostPostedToGL'];

export interface StoredPostingColumns {
  columns: PostingEntryColumns;
  revision: number;
  /** The stored G/L entries' highest entry no. + 1. */
  firstGLEntryNo: number;
  /** Value-entry chunk no. of each input chunk. */
  chunkNos: number[];
}

/** The value entries as posting columns, or null when a chunk holds exception cells (use row objects). */
export async function readPostingColumns(
  db: CostbookDb,
  datasetId: string,
): Promise<Result<StoredPostingColumns | null>> {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    const stored = await readTableChunks(db, record, 'valueEntries', { fields: POSTING_READS });
    if (stored.some((c) => EXACT_FIELDS.some((f) => (c.exceptions[f]?.length ?? 0) > 0))) return ok(null);
    const strings = (await readDictionary(db, datasetId)).values;
    const sets = new Map<number, ReturnType<typeof parseDimensionSetText>>();
    let maxGL = 0;
    for (const s of record.chunks.glEntries) if (s.rowCount > 0 && s.maxEntryNo > maxGL) maxGL = s.maxEntryNo;
    return ok({
      columns: {
        chunks: stored.map((c) => ({ rowCount: c.rowCount, ...c.columns }) as unknown as PostingChunk),
        strings,
        scale: record.amountScale,
        dimensionSet: (code) => {
          let set = sets.get(code);
          if (!set) {
            set = parseDimensionSetText(strings[code]!);
            sets.set(code, set);
          }
          return set;
        },
      },
      revision: record.revision,
      firstGLEntryNo: maxGL + 1,
      chunkNos: stored.map((c) => c.chunkNo),
    });
  });
}

export interface ColumnarPostingWrite {
  glEntries: GLEntry[];
  relations: ColumnarRelations;
  watermarks: ColumnarWatermarks;
}

function setWatermark(chunk: ChunkRecord, field: string, row: number, value: number): void {
  chunk.columns[field]![row] = value;
  const ex = chunk.exceptions[field];
  if (ex && ex.length > 0) chunk.exceptions = { ...chunk.exceptions, [field]: ex.filter(([i]) => i !== row) };
}

async function rewriteWatermarks(ctx: LedgerWriteContext, w: ColumnarWatermarks, chunkNos: number[]): Promise<void> {
  const rows = new Map<number, number[]>();
  for (let i = 0; i < w.length; i++) {
    const list = rows.get(w.chunk[i]!);
    if (list) list.push(i);
    else rows.set(w.chunk[i]!, [i]);
  }
  const touched = [...rows.keys()];
  const read = await readChunks(
    ctx.db,
    ctx.record,
    'valueEntries',
    touched.map((k) => chunkNos[k]!),
    ['entryNo', ...WATERMARK_FIELDS],
  );
  const rewritten: ChunkRecord[] = [];
  for (const [n, k] of touched.entries()) {
    const chunk = read[n]!;
    const marks = rows.get(k)!;
    const entryNo = chunk.columns.entryNo!;
    for (const i of marks) {
      const r = w.rowInChunk[i]!;
      if (entryNo[r] !== w.valueEntryNo[i]) throw new StaleRevisionError(ctx.record.id);
      if (!Number.isNaN(w.costPostedToGL[i])) setWatermark(chunk, 'costPostedToGL', r, w.costPostedToGL[i]!);
      if (!Number.isNaN(w.expectedCostPostedToGL[i]))
        setWatermark(chunk, 'expectedCostPostedToGL', r, w.expectedCostPostedToGL[i]!);
    }
    rewritten.push(chunk);
  }
  await putChunks(ctx.db, rewritten, WATERMARK_FIELDS);
}

/** Appends relation rows straight from the typed arrays (amounts already minor units at the scale). */
async function appendRelations(ctx: LedgerWriteContext, rel: ColumnarRelations): Promise<void> {
  if (rel.length === 0) return;
  const index = ctx.record.chunks.glItemLedgerRelations;
  let glEntryNo = rel.glEntryNo.subarray(0, rel.length);
  let valueEntryNo = rel.valueEntryNo.subarray(0, rel.length);
  let amount = rel.amount.subarray(0, rel.length);
  let exceptions: ChunkRecord['exceptions'] = {};
  let chunkNo = index.length;
  const last = index[index.length - 1];
  if (last && last.rowCount < CHUNK_ROWS) {
    const chunk = await readChunk(ctx.db, ctx.record, 'glItemLedgerRelations', last.chunkNo);
    const join = (a: Float64Array, b: Float64Array) => {
      const out = new Float64Array(chunk.rowCount + b.length);
      out.set(a.subarray(0, chunk.rowCount));
      out.set(b, chunk.rowCount);
      return out;
    };
    glEntryNo = join(chunk.columns.glEntryNo as Float64Array, glEntryNo);
    valueEntryNo = join(chunk.columns.valueEntryNo as Float64Array, valueEntryNo);
    amount = join(chunk.columns.amount as Float64Array, amount);
    exceptions = chunk.exceptions;
    chunkNo = last.chunkNo;
  }
  const chunks: ChunkRecord[] = [];
  for (let at = 0; at < glEntryNo.length; at += CHUNK_ROWS, chunkNo++) {
    const end = Math.min(at + CHUNK_ROWS, glEntryNo.length);
    chunks.push({
      datasetId: ctx.record.id,
      table: 'glItemLedgerRelations',
      chunkNo,
      rowCount: end - at,
      columns: {
        glEntryNo: glEntryNo.slice(at, end),
        valueEntryNo: valueEntryNo.slice(at, end),
        amount: amount.slice(at, end),
      },
      exceptions: at === 0 ? exceptions : {},
    });
  }
  await putChunks(ctx.db, chunks);
  for (const c of chunks) index[c.chunkNo] = summarizeChunk(c);
}

/** Commits a columnar posting run in one transaction; StaleRevisionError when another write came first. */
export async function writeColumnarPosting(
  db: CostbookDb,
  datasetId: string,
  run: ColumnarPostingWrite,
  read: Pick<StoredPostingColumns, 'revision' | 'chunkNos'>,
): Promise<Result<DatasetSummary>> {
  const now = new Date().toISOString();
  return inWriteTransaction(db, async () => {
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    if (record.revision !== read.revision) throw new StaleRevisionError(datasetId);
    const ctx: LedgerWriteContext = { db, record, dict: await readDictionary(db, datasetId) };
    await rewriteWatermarks(ctx, run.watermarks, read.chunkNos);
    await appendRows(ctx, 'glEntries', run.glEntries as unknown as Record<string, unknown>[]);
    await appendRelations(ctx, run.relations);
    await writeDictionaryChanges(db, datasetId, ctx.dict);
    record.dictionarySize = ctx.dict.size;
    record.revision++;
    record.updatedAt = now;
    await db.datasets.put(record);
    return ok(summaryOf(record));
  });
}
