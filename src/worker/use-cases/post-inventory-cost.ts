// Post Inventory Cost to G/L: test report, preview and post. Results cross the worker boundary
// trimmed to their first pages (a run may create millions of entries); counts tell the totals.
import {
  postInventoryCostToGL,
  testPostInventoryCostToGL,
  type PostInventoryCostRequest,
  type PostInventoryCostResult,
  type TestReportLine,
} from '../../core/posting';
import { ok, type Result } from '../../core/problems';
import type { DatasetSummary } from '../../storage';
import type { EngineContext } from '../engine-context';
import { planAndWrite } from './plan-and-write';
import { postColumnar, previewColumnar } from './post-inventory-cost-columnar';
import type { ColumnarPostingResult } from '../../core/posting/columnar';

/** Rows of each list a result carries; the rest are counted. */
export const RESULT_PAGE = 1000;

export type PostingRequest = Omit<PostInventoryCostRequest, 'post'>;

export type PostingRunView = Omit<PostInventoryCostResult, 'changes' | 'relations'> & {
  glEntryCount: number;
  reportLineCount: number;
  skippedCount: number;
  /** Set after a real run: the dataset as stored now (null when nothing was written). */
  dataset?: DatasetSummary | null;
};

function viewOf(r: PostInventoryCostResult): PostingRunView {
  return {
    glEntries: r.glEntries.slice(0, RESULT_PAGE),
    glEntryCount: r.glEntries.length,
    skipped: r.skipped.slice(0, RESULT_PAGE),
    skippedCount: r.skipped.length,
    reportLines: r.reportLines.slice(0, RESULT_PAGE),
    reportLineCount: r.reportLines.length,
    reportTotals: r.reportTotals,
    postingGroupSummary: r.postingGroupSummary,
    counts: r.counts,
    message: r.message,
  };
}

/** The view of a columnar run (report lines already cut to the page; every posted entry has one). */
function columnarViewOf(r: ColumnarPostingResult, req: PostingRequest): PostingRunView {
  return {
    glEntries: r.glEntries.slice(0, RESULT_PAGE),
    glEntryCount: r.glEntries.length,
    skipped: r.skipped.slice(0, RESULT_PAGE),
    skippedCount: r.skipped.length,
    reportLines: r.reportLines,
    reportLineCount: req.includeReportLines === false ? 0 : r.counts.valueEntriesPosted,
    reportTotals: r.reportTotals,
    postingGroupSummary: r.postingGroupSummary,
    counts: r.counts,
    message: r.message,
  };
}

/** Per posting group runs over the stored column chunks (same results as the row-object path). */
function columnar(req: PostingRequest): boolean {
  return req.postingMethod === 'Per Posting Group';
}

export async function testReport(
  ctx: EngineContext,
  datasetId: string,
  req: PostingRequest,
): Promise<Result<{ lines: TestReportLine[]; lineCount: number }>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const loaded = await ctx.cache.load(opened.value, datasetId);
  if (!loaded.ok) return loaded;
  const r = testPostInventoryCostToGL(loaded.value.dataset, req);
  if (!r.ok) return r;
  return ok({ lines: r.value.lines.slice(0, RESULT_PAGE), lineCount: r.value.lines.length }, r.warnings);
}

export async function previewPostInventoryCost(
  ctx: EngineContext,
  datasetId: string,
  req: PostingRequest,
): Promise<Result<PostingRunView>> {
  if (columnar(req)) {
    const c = await previewColumnar(ctx, datasetId, { ...req, post: false }, RESULT_PAGE);
    if (!c.ok) return c;
    if (c.value) return ok(columnarViewOf(c.value, req), c.warnings);
  }
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const loaded = await ctx.cache.load(opened.value, datasetId);
  if (!loaded.ok) return loaded;
  const r = postInventoryCostToGL(loaded.value.dataset, { ...req, post: false });
  return r.ok ? ok(viewOf(r.value), r.warnings) : r;
}

/** Posts and commits in one transaction (within the cross-tab write lock). */
export async function postInventoryCost(
  ctx: EngineContext,
  datasetId: string,
  req: PostingRequest,
): Promise<Result<PostingRunView>> {
  if (columnar(req)) {
    const c = await postColumnar(ctx, datasetId, { ...req, post: true }, RESULT_PAGE);
    if (!c.ok) return c;
    if (c.value) return ok({ ...columnarViewOf(c.value.run, req), dataset: c.value.dataset }, c.warnings);
  }
  const r = await planAndWrite(ctx, datasetId, (ds) => {
    const run = postInventoryCostToGL(ds, { ...req, post: true });
    return run.ok ? ok({ changes: run.value.changes, value: viewOf(run.value) }, run.warnings) : run;
  });
  return r.ok ? ok({ ...r.value.value, dataset: r.value.dataset }, r.warnings) : r;
}
