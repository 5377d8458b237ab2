// Pages of ledger rows for lists and drill-downs: finds rows by the entry-no. column alone, then reads the
// other columns of only the chunks a page touches, decodes only the page's rows, and reads only the
// dictionary pages their codes and texts sit in.
import { fail, ok, problem, type Result } from '../core/problems';
import { decodeCell, exceptionValue, type Scales } from './chunk-codec';
import { COLUMN_SPECS, ENTRY_NO_FIELD } from './column-specs';
import { readChunks } from './chunk-store';
import { readDictionaryEntries } from './dictionary-store';
import type { ChunkRecord, LedgerTableName } from './records';
import type { CostbookDb } from './schema';
import { inReadTransaction } from './transaction';
import { parseDimensionSetText } from './value-codecs';

export type LedgerPageQuery = { offset: number; limit: number; entryNos?: readonly number[] };

export interface LedgerPage {
  rows: Record<string, unknown>[];
  /** Rows in the table, or entry nos. asked for. */
  total: number;
}

type Row = Record<string, unknown>;
/** Row `row` of a stored chunk. */
type Picked = { chunk: ChunkRecord; row: number };

/** The picked rows as row objects; dictionary cells are looked up in a second step (lazily read pages). */
async function decodePicked(
  db: CostbookDb,
  datasetId: string,
  table: LedgerTableName,
  picked: readonly Picked[],
  scales: Scales,
): Promise<Row[]> {
  const specs = COLUMN_SPECS[table];
  const coded = specs.filter((s) => s.kind === 'string' || s.kind === 'dimensions');
  const indexes: number[] = [];
  for (const { chunk, row } of picked) for (const s of coded) indexes.push(chunk.columns[s.field]![row]!);
  const lookup = await readDictionaryEntries(db, datasetId, indexes);
  return picked.map(({ chunk, row }) => {
    const out: Row = {};
    for (const { field, kind } of specs) {
      const col = chunk.columns[field];
      if (!col) throw new Error(`chunk lacks column ${field}`);
      const exception = chunk.exceptions[field]?.find(([i]) => i === row);
      const cell = col[row]!;
      if (exception) out[field] = exceptionValue(kind, exception[1]);
      else if (kind === 'string') out[field] = lookup(cell);
      else if (kind === 'dimensions') out[field] = parseDimensionSetText(lookup(cell));
      else out[field] = decodeCell(kind, cell, [], scales);
    }
    return out;
  });
}

/**
 * Rows [offset, offset+limit) of the table in stored order; with `entryNos`, of those entries in the
 * order given (relations match on their G/L entry no.).
 */
export async function readLedgerPage(
  db: CostbookDb,
  datasetId: string,
  table: LedgerTableName,
  query: LedgerPageQuery,
): Promise<Result<LedgerPage>> {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    const scales = { amountScale: record.amountScale, unitAmountScale: record.unitAmountScale };
    const index = record.chunks[table];
    /** The chunks holding the given rows, every field, read at once. */
    const pick = async (rows: readonly { chunkNo: number; row: number }[]): Promise<Picked[]> => {
      const chunkNos = [...new Set(rows.map((r) => r.chunkNo))];
      const chunks = new Map((await readChunks(db, record, table, chunkNos)).map((c) => [c.chunkNo, c]));
      return rows.map(({ chunkNo, row }) => ({ chunk: chunks.get(chunkNo)!, row }));
    };
    if (query.entryNos) {
      const wanted = query.entryNos.slice(query.offset, query.offset + query.limit);
      const found = new Map<number, { chunkNo: number; row: number }[]>();
      const want = new Set(wanted);
      const field = ENTRY_NO_FIELD[table];
      const candidates = index
        .filter((s) => wanted.some((n) => n >= s.minEntryNo && n <= s.maxEntryNo))
        .map((s) => s.chunkNo);
      for (const located of await readChunks(db, record, table, candidates, [field])) {
        const col = located.columns[field]!;
        for (let i = 0; i < located.rowCount; i++) {
          const no = col[i]!;
          if (!want.has(no)) continue;
          let list = found.get(no);
          if (!list) found.set(no, (list = []));
          list.push({ chunkNo: located.chunkNo, row: i });
        }
      }
      const picked = await pick(wanted.flatMap((n) => found.get(n) ?? []));
      return ok({ rows: await decodePicked(db, datasetId, table, picked, scales), total: query.entryNos.length });
    }
    const total = index.reduce((n, s) => n + s.rowCount, 0);
    const rows: { chunkNo: number; row: number }[] = [];
    let start = 0;
    for (const s of index) {
      const end = start + s.rowCount;
      if (end > query.offset && start < query.offset + query.limit) {
        const from = Math.max(0, query.offset - start);
        const to = Math.min(s.rowCount, query.offset + query.limit - start);
        for (let i = from; i < to; i++) rows.push({ chunkNo: s.chunkNo, row: i });
      }
      start = end;
    }
    return ok({ rows: await decodePicked(db, datasetId, table, await pick(rows), scales), total });
  });
}
