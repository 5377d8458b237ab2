// Inventory – G/L Reconciliation: the matrix (from cached rows for small datasets, straight from
// the stored column chunks for big ones) and pages of the entries behind a cause or cell.
import type { LedgerColumns } from '../../core/columns';
import {
  reconcile,
  reconcileColumns,
  type ReconciliationFilters,
  type ReconciliationMatrix,
} from '../../core/reconciliation';
import { ok, type Result } from '../../core/problems';
import {
  loadDataset,
  readDatasetRecord,
  readLedgerPage,
  readReconciliationColumns,
  type LedgerPage,
  type LedgerTableName,
} from '../../storage';
import type { EngineContext } from '../engine-context';

/** Above this many ledger rows the matrix reads columns instead of row objects. */
export const COLUMNAR_THRESHOLD = 100_000;
/** Longest page a drill-down returns. */
export const MAX_PAGE = 1000;

let columnsCache: { datasetId: string; revision: number; columns: LedgerColumns } | null = null;

export async function buildMatrix(
  ctx: EngineContext,
  datasetId: string,
  filters: ReconciliationFilters,
): Promise<Result<ReconciliationMatrix>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const db = opened.value;
  const record = await readDatasetRecord(db, datasetId);
  if (!record.ok) return record;
  const rows = (['valueEntries', 'glEntries', 'glItemLedgerRelations'] as const).reduce(
    (n, t) => n + record.value.chunks[t].reduce((m, s) => m + s.rowCount, 0),
    0,
  );
  if (rows <= COLUMNAR_THRESHOLD) {
    const loaded = await ctx.cache.load(db, datasetId);
    return loaded.ok ? reconcile(loaded.value.dataset, filters) : loaded;
  }
  const setup = await loadDataset(db, datasetId, { ledgers: false });
  if (!setup.ok) return setup;
  if (columnsCache?.datasetId !== datasetId || columnsCache.revision !== setup.value.revision) {
    const cols = await readReconciliationColumns(db, datasetId);
    if (!cols.ok) return cols;
    columnsCache = { datasetId, revision: setup.value.revision, columns: cols.value };
  }
  return reconcileColumns(columnsCache.columns, setup.value.dataset, filters);
}

export interface EntriesQuery {
  table: LedgerTableName;
  offset: number;
  limit: number;
  /** The entries behind a cause or cell (ReconciliationCause.valueEntryNos / glEntryNos). */
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
