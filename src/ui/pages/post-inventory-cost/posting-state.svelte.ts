// State of the Post Inventory Cost to G/L page: the request options, which action runs, and the results
// (preview/post run, test report, matrix before and after) as whole replaced values.
import type { PostingMethod } from '../../../core/model';
import type { TestReportLine } from '../../../core/posting';
import type { Problem } from '../../../core/problems';
import type { ReconciliationMatrix } from '../../../core/reconciliation';
import { engine } from '../../engine-client';
import type { DatasetSummary, PostingRequest, PostingRunView } from '../../../worker/engine-api';

export type RunKind = 'preview' | 'posted' | 'not-posted';

export class PostingState {
  postingMethod = $state<PostingMethod>('Per Posting Group');
  documentNo = $state('');
  post = $state(true);
  itemFilter = $state('');
  dateFilter = $state('');

  busy = $state<'preview' | 'test' | 'post' | null>(null);
  problems = $state.raw<Problem[]>([]);
  run = $state.raw<PostingRunView | null>(null);
  runKind = $state<RunKind>('preview');
  /** The options the shown results were made with. */
  ranWith = $state.raw<PostingRequest | null>(null);
  test = $state.raw<{ lines: TestReportLine[]; lineCount: number } | null>(null);
  matrices = $state.raw<{ before: ReconciliationMatrix; after: ReconciliationMatrix } | null>(null);

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
    this.problems = [];
    this.run = null;
    this.test = null;
    this.matrices = null;
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
      this.run = run.value;
      this.runKind = 'preview';
      this.ranWith = req;
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
      this.run = r.value;
      this.runKind = this.post ? 'posted' : 'not-posted';
      this.ranWith = req;
      return r.value.dataset ?? null;
    } finally {
      this.busy = null;
    }
  }
}
