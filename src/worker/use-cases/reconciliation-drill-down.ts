// Drill-down behind the reconciliation page: the entries behind a matrix cell or cause, the G/L entry ↔
// value entry navigation, and the matrix as it would be after a Post Inventory Cost to G/L run (domain.md §8).
import { applyDatasetChanges, type Dataset } from '../../core/model';
import { postInventoryCostToGL } from '../../core/posting';
import { ok, type Result } from '../../core/problems';
import {
  drillDown,
  glEntriesOfValueEntry,
  reconcile,
  valueEntriesOfGLEntry,
  type DrillDownPage,
  type DrillDownTarget,
  type ReconciliationFilters,
} from '../../core/reconciliation';
import type { EngineContext } from '../engine-context';
import { reconciliationSource } from '../reconciliation-source';
import type { PostingRequest } from './post-inventory-cost';
import { MAX_PAGE } from './reconciliation';
import { matrixView, type MatrixView } from './reconciliation-view';

async function loadDataset(ctx: EngineContext, datasetId: string): Promise<Result<Dataset>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const loaded = await ctx.cache.load(opened.value, datasetId);
  return loaded.ok ? ok(loaded.value.dataset) : loaded;
}

/** One page of the value entry and G/L entry nos. behind a cell ("Row|Column") or a cause. */
export async function matrixDrillDown(
  ctx: EngineContext,
  datasetId: string,
  target: DrillDownTarget,
  filters: ReconciliationFilters,
  page: { offset: number; limit: number },
): Promise<Result<DrillDownPage>> {
  const source = await reconciliationSource(ctx, datasetId);
  if (!source.ok) return source;
  const limit = Math.min(MAX_PAGE, Math.max(0, page.limit));
  return drillDown(source.value, target, filters, { offset: Math.max(0, page.offset), limit });
}

/**
 * A page of the value entries a G/L entry was posted from, or of the G/L entries a value entry was posted to
 * (a G/L entry posted per posting group can stand for a great many value entries).
 */
export async function relatedEntries(
  ctx: EngineContext,
  datasetId: string,
  of: { glEntryNo: number } | { valueEntryNo: number },
  page: { offset: number; limit: number },
): Promise<Result<{ entryNos: number[]; total: number }>> {
  const source = await reconciliationSource(ctx, datasetId);
  if (!source.ok) return source;
  const all =
    'glEntryNo' in of
      ? valueEntriesOfGLEntry(source.value, of.glEntryNo)
      : glEntriesOfValueEntry(source.value, of.valueEntryNo);
  const offset = Math.max(0, page.offset);
  const limit = Math.min(MAX_PAGE, Math.max(0, page.limit));
  return ok({ entryNos: all.slice(offset, offset + limit), total: all.length });
}

/** A copy of the dataset that applying `changes` cannot touch: new arrays, and watermarked value entries cloned. */
function copyForChanges(ds: Dataset, watermarked: Set<number>): Dataset {
  return {
    ...ds,
    itemLedgerEntries: ds.itemLedgerEntries.slice(),
    itemApplicationEntries: ds.itemApplicationEntries.slice(),
    valueEntries: ds.valueEntries.map((ve) => (watermarked.has(ve.entryNo) ? { ...ve } : ve)),
    glEntries: ds.glEntries.slice(),
    glItemLedgerRelations: ds.glItemLedgerRelations.slice(),
  };
}

/** Today's matrix and the matrix after the run `request` would post, under the same filters; nothing is stored. */
export async function previewMatrixAfterPosting(
  ctx: EngineContext,
  datasetId: string,
  request: PostingRequest,
  filters: ReconciliationFilters,
): Promise<Result<{ before: MatrixView; after: MatrixView }>> {
  const ds = await loadDataset(ctx, datasetId);
  if (!ds.ok) return ds;
  const before = reconcile(ds.value, filters);
  if (!before.ok) return before;
  const run = postInventoryCostToGL(ds.value, { ...request, post: false, includeReportLines: false });
  if (!run.ok) return run;
  const changes = run.value.changes;
  const copy = copyForChanges(ds.value, new Set(changes.watermarks.map((w) => w.valueEntryNo)));
  applyDatasetChanges(copy, changes);
  const after = reconcile(copy, filters);
  return after.ok ? ok({ before: matrixView(before.value), after: matrixView(after.value) }, run.warnings) : after;
}
