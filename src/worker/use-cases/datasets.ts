// Dataset list, delete, load for display, and the storage status (persistence, usage, quota).
import type { Dataset } from '../../core/model';
import { ok, type Result } from '../../core/problems';
import {
  deleteDataset as deleteStored,
  listDatasets as listStored,
  storageInfo,
  type DatasetSummary,
  type StorageInfo,
} from '../../storage';
import type { EngineContext } from '../engine-context';
import { forgetReconciliationSource } from '../reconciliation-source';

export async function listDatasets(ctx: EngineContext): Promise<Result<DatasetSummary[]>> {
  const opened = await ctx.db();
  return opened.ok ? listStored(opened.value) : opened;
}

export async function deleteDataset(ctx: EngineContext, datasetId: string): Promise<Result<void>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  return ctx.queue.run(async () => {
    const r = await deleteStored(opened.value, datasetId);
    ctx.cache.forget(datasetId);
    forgetReconciliationSource(ctx, datasetId);
    return r;
  });
}

/** The whole dataset as row objects: for setup pages and small datasets only. */
export async function getDataset(
  ctx: EngineContext,
  datasetId: string,
): Promise<Result<{ dataset: Dataset; revision: number }>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  return ctx.cache.load(opened.value, datasetId);
}

export async function storageStatus(): Promise<Result<StorageInfo>> {
  return ok(await storageInfo());
}
