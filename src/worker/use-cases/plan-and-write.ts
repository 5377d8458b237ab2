// The shape of every mutating use case: in the write queue (and cross-tab lock), load the dataset,
// plan the changes purely with core, write them in one transaction. If another tab wrote in
// between, the plan is redone on the fresh data — so two tabs posting at once post once.
import type { Dataset, DatasetChanges } from '../../core/model';
import { fail, ok, problem, type Result } from '../../core/problems';
import { StaleRevisionError, writeChanges, type DatasetSummary } from '../../storage';
import type { EngineContext } from '../engine-context';

export interface Plan<T> {
  changes: DatasetChanges;
  /** What the caller gets back (plain, clonable). */
  value: T;
}

const MAX_ATTEMPTS = 3;

function isEmpty(c: DatasetChanges): boolean {
  return (
    c.itemLedgerEntries.length +
      c.itemApplicationEntries.length +
      c.valueEntries.length +
      c.watermarks.length +
      c.glEntries.length +
      c.glItemLedgerRelations.length ===
    0
  );
}

export async function planAndWrite<T>(
  ctx: EngineContext,
  datasetId: string,
  plan: (ds: Dataset) => Result<Plan<T>>,
): Promise<Result<{ value: T; dataset: DatasetSummary | null }>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const db = opened.value;
  return ctx.queue.run(async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const loaded = await ctx.cache.load(db, datasetId);
      if (!loaded.ok) return loaded;
      const planned = plan(loaded.value.dataset);
      if (!planned.ok) return planned;
      const { changes, value } = planned.value;
      if (isEmpty(changes)) return ok({ value, dataset: null }, planned.warnings);
      try {
        const written = await writeChanges(db, datasetId, changes, { expectedRevision: loaded.value.revision });
        if (!written.ok) return written;
        ctx.cache.applied(datasetId, loaded.value.revision, changes, written.value.revision);
        return ok({ value, dataset: written.value }, planned.warnings);
      } catch (e) {
        if (!(e instanceof StaleRevisionError)) throw e;
      }
    }
    return fail([
      problem(
        'storage-unavailable',
        'Another tab kept changing this dataset; nothing was written.',
        undefined,
        'Try again.',
      ),
    ]);
  });
}
