// Inventory – G/L Reconciliation: the matrix (over the ledgers the engine keeps while the dataset is
// unchanged: see reconciliation-source.ts; causes without entry-no. lists) and pages of ledger entries.
import { reconcileColumns, type ReconciliationFilters } from '../../core/reconciliation';
import type { LedgerColumns } from '../../core/columns';
import { ok, type Result } from '../../core/problems';
import { readLedgerPage, type LedgerPage, type LedgerTableName } from '../../storage';
import type { EngineContext } from '../engine-context';
import { COLUMNAR_THRESHOLD, reconciliationSource } from '../reconciliation-source';
import { matrixViewResult, type MatrixView } from './reconciliation-view';

export { COLUMNAR_THRESHOLD } from '../reconciliation-source';
/** Longest page a drill-down returns. */
export const MAX_PAGE = 1000;

export async function buildMatrix(
  ctx: EngineContext,
  datasetId: string,
  filters: ReconciliationFilters,
  options: { columnarAbove?: number } = {},
): Promise<Result<MatrixView>> {
  const source = await reconciliationSource(ctx, datasetId, options.columnarAbove ?? COLUMNAR_THRESHOLD);
  if (!source.ok) return source;
  const { columns, setup } = source.value;
  // The same columns object means the same revision (any write reloads): a matrix already built for
  // these filters is still right (going back to the matrix, switching between a few filters).
  let built = matrices.get(columns);
  if (!built) matrices.set(columns, (built = new Map<string, Result<MatrixView>>()));
  const key = JSON.stringify(filters);
  const hit = built.get(key);
  if (hit) return hit;
  const r = matrixViewResult(reconcileColumns(columns, setup, filters));
  if (built.size >= KEPT_MATRICES) built.delete(built.keys().next().value!);
  built.set(key, r);
  return r;
}

/** Matrices kept per ledgers, by filters (oldest dropped first). */
const KEPT_MATRICES = 8;
const matrices = new WeakMap<LedgerColumns, Map<string, Result<MatrixView>>>();

export interface EntriesQuery {
  table: LedgerTableName;
  offset: number;
  limit: number;
  /** The entries named (a page of matrixDrillDown's entry nos., a G/L entry's value entries). */
  entryNos?: number[];
}

/** A page of ledger entries: all of a table, or those named by a drill-down. */
export async function ledgerEntries(
  ctx: EngineContext,
  datasetId: string,
  query: EntriesQuery,
): Promise<Result<LedgerPage>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const page = { offset: Math.max(0, query.offset), limit: Math.min(MAX_PAGE, Math.max(0, query.limit)) };
  const r = await readLedgerPage(
    opened.value,
    datasetId,
    query.table,
    query.entryNos ? { ...page, entryNos: query.entryNos } : page,
  );
  return r.ok ? ok(r.value) : r;
}
