// Post Inventory Cost to G/L: test report, preview and post. A run's lists cross the worker boundary as
// their first pages plus counts (a run may create millions of entries); the full lists stay in the worker
// (posting-runs.ts) for postingRunPage, and the totals the UI shows are summed here, as decimal strings.
import type { GLEntry } from '../../core/model';
import { formatPlain, sumDecimals } from '../../core/money';
import {
  postInventoryCostToGL,
  testPostInventoryCostToGL,
  type PostInventoryCostRequest,
  type PostInventoryCostResult,
  type PostingGroupSummaryLine,
  type PostingReportLine,
  type SkippedEntry,
  type TestReportLine,
} from '../../core/posting';
import { ok, type Result } from '../../core/problems';
import type { DatasetSummary } from '../../storage';
import type { EngineContext } from '../engine-context';
import type { PostingRuns } from '../posting-runs';
import { planAndWrite } from './plan-and-write';
import { postColumnar, previewColumnar } from './post-inventory-cost-columnar';
import type { ColumnarPostingResult } from '../../core/posting/columnar';

/**
 * Rows of each list a result carries (a screenful and more; the UI pages in steps of this size); the rest come
 * by postingRunPage. Small, because the UI thread decodes every row object that crosses.
 */
export const RESULT_PAGE = 200;
/**
 * Report lines a per-posting-group run over the stored chunks keeps (one per posted value entry; the columnar
 * core makes only this many, so a million-entry run does not hold a million line objects). The totals cover all.
 */
export const KEPT_COLUMNAR_REPORT_LINES = 50_000;
/** Value entry nos. a summarized test report line carries (valueEntryCount tells how many it has). */
export const TEST_LINE_ENTRY_NOS = 100;

export type PostingRequest = Omit<PostInventoryCostRequest, 'post'>;

export interface PostingRunView {
  /** Pages of this run's lists come from postingRunPage(runId, …) while the worker keeps the run. */
  runId: string;
  glEntries: GLEntry[];
  glEntryCount: number;
  reportLines: PostingReportLine[];
  /** Value entries the run posts (one report line each). */
  reportLineCount: number;
  /** Report lines that can be paged (fewer than reportLineCount only past KEPT_COLUMNAR_REPORT_LINES). */
  reportLinesKept: number;
  reportTotals: PostInventoryCostResult['reportTotals'];
  postingGroupSummary: PostingGroupSummaryLine[];
  postingGroupSummaryCount: number;
  /** Sum of all summary lines' amounts. */
  postingGroupSummaryTotal: string;
  skipped: SkippedEntry[];
  skippedCount: number;
  counts: PostInventoryCostResult['counts'];
  message: string;
  /** Set after a real run: the dataset as stored now (null when nothing was written). */
  dataset?: DatasetSummary | null;
}

/** A test report line as it crosses: a summarized line's value entry nos. cut to TEST_LINE_ENTRY_NOS. */
export type TestLineView = Omit<TestReportLine, 'valueEntryNos'> & {
  valueEntryNos?: number[];
  valueEntryCount?: number;
};

export interface TestReportView {
  runId: string;
  lines: TestLineView[];
  lineCount: number;
  /** The first lines that have problems, and how many there are. */
  problemLines: TestLineView[];
  problemLineCount: number;
}

interface RunLists {
  glEntries: GLEntry[];
  reportLines: PostingReportLine[];
  reportLineCount: number;
  skipped: SkippedEntry[];
  postingGroupSummary: PostingGroupSummaryLine[];
  reportTotals: PostInventoryCostResult['reportTotals'];
  counts: PostInventoryCostResult['counts'];
  message: string;
}

/** Keeps the run's full lists and returns its first pages. */
function viewOf(runs: PostingRuns, r: RunLists): PostingRunView {
  const runId = runs.keepRun({
    glEntries: r.glEntries,
    reportLines: r.reportLines,
    skipped: r.skipped,
    postingGroupSummary: r.postingGroupSummary,
  });
  return {
    runId,
    glEntries: r.glEntries.slice(0, RESULT_PAGE),
    glEntryCount: r.glEntries.length,
    reportLines: r.reportLines.slice(0, RESULT_PAGE),
    reportLineCount: r.reportLineCount,
    reportLinesKept: r.reportLines.length,
    reportTotals: r.reportTotals,
    postingGroupSummary: r.postingGroupSummary.slice(0, RESULT_PAGE),
    postingGroupSummaryCount: r.postingGroupSummary.length,
    postingGroupSummaryTotal: formatPlain(sumDecimals(r.postingGroupSummary.map((l) => l.amount))),
    skipped: r.skipped.slice(0, RESULT_PAGE),
    skippedCount: r.skipped.length,
    counts: r.counts,
    message: r.message,
  };
}

/** The lists of a columnar run (report lines cut to KEPT_COLUMNAR_REPORT_LINES; every posted entry has one). */
function columnarLists(r: ColumnarPostingResult, req: PostingRequest): RunLists {
  return { ...r, reportLineCount: req.includeReportLines === false ? 0 : r.counts.valueEntriesPosted };
}

function rowLists(r: PostInventoryCostResult): RunLists {
  return { ...r, reportLineCount: r.reportLines.length };
}

export function testLineView(line: TestReportLine): TestLineView {
  const nos = line.valueEntryNos;
  if (!nos) return line;
  return { ...line, valueEntryNos: nos.slice(0, TEST_LINE_ENTRY_NOS), valueEntryCount: nos.length };
}

/** Per posting group runs over the stored column chunks (same results as the row-object path). */
function columnar(req: PostingRequest): boolean {
  return req.postingMethod === 'Per Posting Group';
}

export async function testReport(
  ctx: EngineContext,
  runs: PostingRuns,
  datasetId: string,
  req: PostingRequest,
): Promise<Result<TestReportView>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const loaded = await ctx.cache.load(opened.value, datasetId);
  if (!loaded.ok) return loaded;
  const r = testPostInventoryCostToGL(loaded.value.dataset, req);
  if (!r.ok) return r;
  const lines = r.value.lines.map(testLineView);
  const problemLines = lines.filter((l) => l.problems.length > 0);
  const runId = runs.keepTest({ testReportLines: lines, testProblemLines: problemLines });
  return ok(
    {
      runId,
      lines: lines.slice(0, RESULT_PAGE),
      lineCount: lines.length,
      problemLines: problemLines.slice(0, RESULT_PAGE),
      problemLineCount: problemLines.length,
    },
    r.warnings,
  );
}

export async function previewPostInventoryCost(
  ctx: EngineContext,
  runs: PostingRuns,
  datasetId: string,
  req: PostingRequest,
): Promise<Result<PostingRunView>> {
  if (columnar(req)) {
    const c = await previewColumnar(ctx, datasetId, { ...req, post: false }, KEPT_COLUMNAR_REPORT_LINES);
    if (!c.ok) return c;
    if (c.value) return ok(viewOf(runs, columnarLists(c.value, req)), c.warnings);
  }
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const loaded = await ctx.cache.load(opened.value, datasetId);
  if (!loaded.ok) return loaded;
  const r = postInventoryCostToGL(loaded.value.dataset, { ...req, post: false });
  return r.ok ? ok(viewOf(runs, rowLists(r.value)), r.warnings) : r;
}

/** Posts and commits in one transaction (within the cross-tab write lock). */
export async function postInventoryCost(
  ctx: EngineContext,
  runs: PostingRuns,
  datasetId: string,
  req: PostingRequest,
): Promise<Result<PostingRunView>> {
  if (columnar(req)) {
    const c = await postColumnar(ctx, datasetId, { ...req, post: true }, KEPT_COLUMNAR_REPORT_LINES);
    if (!c.ok) return c;
    if (c.value) return ok({ ...viewOf(runs, columnarLists(c.value.run, req)), dataset: c.value.dataset }, c.warnings);
  }
  const r = await planAndWrite(ctx, datasetId, (ds) => {
    const run = postInventoryCostToGL(ds, { ...req, post: true });
    return run.ok ? ok({ changes: run.value.changes, value: rowLists(run.value) }, run.warnings) : run;
  });
  return r.ok ? ok({ ...viewOf(runs, r.value.value), dataset: r.value.dataset }, r.warnings) : r;
}
