// State of the Post Inventory Cost to G/L page: the request options, which action runs, and the results
// (preview/post run, test report, matrix before and after) as whole replaced values. A run's lists are
// paged from the worker (PagedRows), which keeps the last run until the next one or until released.
import type { PostingMethod } from '../../../core/model';
import type { Problem, Result } from '../../../core/problems';
import { PagedRows } from '../../components/paged-rows.svelte';
import { engine } from '../../engine-client';
import type {
  DatasetSummary,
  MatrixView,
  PostingRequest,
  PostingRunList,
  PostingRunPage,
  PostingRunRows,
  PostingRunView,
  TestReportView,
} from '../../../worker/engine-api';

export type RunKind = 'preview' | 'posted' | 'not-posted';

/** A kept run's list, paged from the worker. */
function runList<L extends PostingRunList>(
  runId: string,
  list: L,
  total: number,
  first: PostingRunRows[L][],
): PagedRows<PostingRunRows[L]> {
  return new PagedRows(
    total,
    first,
    async (offset, limit) => (await engine.postingRunPage(runId, list, offset, limit)) as Result<PostingRunPage<L>>,
  );
}

export class RunLists {
  readonly glEntries: PagedRows<PostingRunRows['glEntries']>;
  readonly reportLines: PagedRows<PostingRunRows['reportLines']>;
  readonly postingGroupSummary: PagedRows<PostingRunRows['postingGroupSummary']>;
  readonly skipped: PagedRows<PostingRunRows['skipped']>;

  constructor(run: PostingRunView) {
    this.glEntries = runList(run.runId, 'glEntries', run.glEntryCount, run.glEntries);
    this.reportLines = runList(run.runId, 'reportLines', run.reportLinesKept, run.reportLines);
    this.postingGroupSummary = runList(
      run.runId,
      'postingGroupSummary',
      run.postingGroupSummaryCount,
      run.postingGroupSummary,
    );
    this.skipped = runList(run.runId, 'skipped', run.skippedCount, run.skipped);
  }
}

export class PostingState {
  postingMethod = $state<PostingMethod>('Per Posting Group');
  documentNo = $state('');
  post = $state(true);
  itemFilter = $state('');
  dateFilter = $state('');

  busy = $state<'preview' | 'test' | 'post' | null>(null);
  problems = $state.raw<Problem[]>([]);
  run = $state.raw<PostingRunView | null>(null);
  lists = $state.raw<RunLists | null>(null);
  runKind = $state<RunKind>('preview');
  /** The options the shown results were made with. */
  ranWith = $state.raw<PostingRequest | null>(null);
  test = $state.raw<TestReportView | null>(null);
  testLines = $state.raw<PagedRows<PostingRunRows['testReportLines']> | null>(null);
  matrices = $state.raw<{ before: MatrixView; after: MatrixView } | null>(null);

  /** Problems with the Document No. field, shown at the field. */
  readonly documentNoProblems = $derived(this.problems.filter((p) => p.where?.field === 'documentNo'));
  readonly otherProblems = $derived(this.problems.filter((p) => p.where?.field !== 'documentNo'));

  request(): PostingRequest {
    const r: PostingRequest = { postingMethod: this.postingMethod };
    if (this.documentNo.trim()) r.documentNo = this.documentNo.trim();
    if (this.itemFilter.trim()) r.itemFilter = this.itemFilter.trim();
    if (this.dateFilter.trim()) r.dateFilter = this.dateFilter.trim();
    return r;
  }

  private clear(): void {
    this.release();
    this.problems = [];
    this.run = null;
    this.lists = null;
    this.test = null;
    this.testLines = null;
    this.matrices = null;
  }

  /** Lets the worker free the shown run's lists (the page no longer shows them). */
  release(): void {
    for (const id of [this.run?.runId, this.test?.runId]) if (id) void engine.releasePostingRun(id);
  }

  private showRun(run: PostingRunView, kind: RunKind, req: PostingRequest): void {
    this.run = run;
    this.lists = new RunLists(run);
    this.runKind = kind;
    this.ranWith = req;
  }

  /** What the run would post, and the reconciliation matrix today and after it. */
  async preview(datasetId: string): Promise<void> {
    if (this.busy) return;
    const req = this.request();
    this.busy = 'preview';
    try {
      const [run, matrices] = await Promise.all([
        engine.previewPostInventoryCost(datasetId, req),
        engine.previewMatrixAfterPosting(datasetId, req, {}),
      ]);
      this.clear();
      if (!run.ok) {
        this.problems = run.problems;
        return;
      }
      this.problems = run.warnings;
      this.showRun(run.value, 'preview', req);
      if (matrices.ok) this.matrices = matrices.value;
    } finally {
      this.busy = null;
    }
  }

  async testReport(datasetId: string): Promise<void> {
    if (this.busy) return;
    const req = this.request();
    this.busy = 'test';
    try {
      const r = await engine.testReport(datasetId, req);
      this.clear();
      if (!r.ok) {
        this.problems = r.problems;
        return;
      }
      this.problems = r.warnings;
      this.test = r.value;
      this.testLines = runList(r.value.runId, 'testReportLines', r.value.lineCount, r.value.lines);
      this.ranWith = req;
    } finally {
      this.busy = null;
    }
  }

  /** Posts (or, with Post off, runs without posting); returns the stored dataset after a write. */
  async runBatch(datasetId: string): Promise<DatasetSummary | null> {
    if (this.busy) return null;
    const req = this.request();
    this.busy = 'post';
    try {
      const r = this.post
        ? await engine.postInventoryCost(datasetId, req)
        : await engine.previewPostInventoryCost(datasetId, req);
      this.clear();
      if (!r.ok) {
        this.problems = r.problems;
        return null;
      }
      this.problems = r.warnings;
      this.showRun(r.value, this.post ? 'posted' : 'not-posted', req);
      return r.value.dataset ?? null;
    } finally {
      this.busy = null;
    }
  }
}
