// Post Inventory Cost to G/L per posting group over the stored value-entry chunks: no row objects for
// the ledgers, relations and watermarks as typed arrays, committed in one transaction (retried when
// another tab wrote in between). Returns null when the stored chunks need the row-object path.
import { buildPostingContext, type PostInventoryCostRequest } from '../../core/posting';
import { postInventoryCostColumnar, type ColumnarPostingResult } from '../../core/posting/columnar';
import { fail, ok, problem, type Result } from '../../core/problems';
import { loadDataset, StaleRevisionError, type DatasetSummary } from '../../storage';
import { readPostingColumns, writeColumnarPosting } from '../../storage/posting-columns';
import type { EngineContext } from '../engine-context';

const MAX_ATTEMPTS = 3;

interface ColumnarRun {
  run: ColumnarPostingResult;
  dataset: DatasetSummary | null;
}

async function plan(
  ctx: EngineContext,
  datasetId: string,
  req: PostInventoryCostRequest,
  reportLineLimit: number,
): Promise<Result<{ run: ColumnarPostingResult; revision: number; chunkNos: number[] } | null>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const cols = await readPostingColumns(opened.value, datasetId);
  if (!cols.ok || cols.value === null) return cols as Result<null>;
  const setup = await loadDataset(opened.value, datasetId, { ledgers: false });
  if (!setup.ok) return setup;
  if (setup.value.revision !== cols.value.revision) throw new StaleRevisionError(datasetId);
  const posting = buildPostingContext(setup.value.dataset);
  const run = postInventoryCostColumnar(posting, cols.value.columns, req, {
    firstGLEntryNo: cols.value.firstGLEntryNo,
    reportLineLimit,
  });
  if (!run.ok) return run;
  return ok({ run: run.value, revision: cols.value.revision, chunkNos: cols.value.chunkNos }, run.warnings);
}

async function attempts<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      return await work();
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
}

/** Preview (post = false): nothing is written. */
export function previewColumnar(
  ctx: EngineContext,
  datasetId: string,
  req: PostInventoryCostRequest,
  reportLineLimit: number,
): Promise<Result<ColumnarPostingResult | null>> {
  return attempts(async () => {
    const r = await plan(ctx, datasetId, { ...req, post: false }, reportLineLimit);
    return r.ok ? ok(r.value?.run ?? null, r.warnings) : r;
  });
}

/** Posts and commits in one transaction within the write queue (and cross-tab lock). */
export function postColumnar(
  ctx: EngineContext,
  datasetId: string,
  req: PostInventoryCostRequest,
  reportLineLimit: number,
): Promise<Result<ColumnarRun | null>> {
  return ctx.queue.run(() =>
    attempts<ColumnarRun | null>(async () => {
      const planned = await plan(ctx, datasetId, { ...req, post: true }, reportLineLimit);
      if (!planned.ok || planned.value === null) return planned as Result<null>;
      const { run, revision, chunkNos } = planned.value;
      if (run.watermarks.length === 0 && run.glEntries.length === 0) return ok({ run, dataset: null });
      const opened = await ctx.db();
      if (!opened.ok) return opened;
      const written = await writeColumnarPosting(opened.value, datasetId, run, { revision, chunkNos });
      if (!written.ok) return written;
      // The cached row objects are stale now; the next reader reloads.
      ctx.cache.forget(datasetId);
      return ok({ run, dataset: written.value }, planned.warnings);
    }),
  );
}
