// Pages of ledger rows for lists and drill-downs: decodes only the chunks a page touches.
import { fail, ok, problem, type Result } from '../core/problems';
import { decodeRows } from './chunk-codec';
import { COLUMN_SPECS, ENTRY_NO_FIELD } from './column-specs';
import { readDictionary } from './dictionary-store';
import type { LedgerTableName } from './records';
import type { CostbookDb } from './schema';
import { inReadTransaction } from './transaction';

export type LedgerPageQuery = { offset: number; limit: number; entryNos?: readonly number[] };

export interface LedgerPage {
  rows: Record<string, unknown>[];
  /** Rows in the table, or entry nos. asked for. */
  total: number;
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
    const dict = (await readDictionary(db, datasetId)).values;
    const index = record.chunks[table];
    const decode = async (chunkNo: number) => {
      const chunk = await db.chunks.get([datasetId, table, chunkNo]);
      return chunk ? { chunk, rows: decodeRows(chunk, COLUMN_SPECS[table], dict, scales) } : null;
    };
    if (query.entryNos) {
      const wanted = query.entryNos.slice(query.offset, query.offset + query.limit);
      const found = new Map<number, Record<string, unknown>[]>();
      const want = new Set(wanted);
      for (const s of index) {
        if (!wanted.some((n) => n >= s.minEntryNo && n <= s.maxEntryNo)) continue;
        const d = await decode(s.chunkNo);
        const col = d?.chunk.columns[ENTRY_NO_FIELD[table]];
        if (!d || !col) continue;
        d.rows.forEach((row, i) => {
          if (want.has(col[i]!)) found.set(col[i]!, [...(found.get(col[i]!) ?? []), row]);
        });
      }
      return ok({ rows: wanted.flatMap((n) => found.get(n) ?? []), total: query.entryNos.length });
    }
    const total = index.reduce((n, s) => n + s.rowCount, 0);
    const rows: Record<string, unknown>[] = [];
    let start = 0;
    for (const s of index) {
      const end = start + s.rowCount;
      if (end > query.offset && start < query.offset + query.limit) {
        const d = await decode(s.chunkNo);
        const from = Math.max(0, query.offset - start);
        const to = Math.min(s.rowCount, query.offset + query.limit - start);
        if (d) rows.push(...d.rows.slice(from, to));
      }
      start = end;
    }
    return ok({ rows, total });
  });
}
