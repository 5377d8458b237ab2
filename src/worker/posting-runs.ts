// The full lists of the last Post Inventory Cost to G/L run and the last test report, kept in the worker so
// the UI can page through them (a run at a million entries has lists far too long to cross at once).
// Lifetime: a kept run lives until the next run of its kind replaces it, or until it is released.
import type { GLEntry } from '../core/model';
import type { PostingGroupSummaryLine, PostingReportLine, SkippedEntry, TestReportLine } from '../core/posting';
import { fail, ok, problem, type Result } from '../core/problems';

/** The rows of each list a posting run or test report can be paged through. */
export interface PostingRunRows {
  glEntries: GLEntry;
  reportLines: PostingReportLine;
  skipped: SkippedEntry;
  postingGroupSummary: PostingGroupSummaryLine;
  testReportLines: TestReportLine;
  /** The test report's lines that have problems. */
  testProblemLines: TestReportLine;
}
export type PostingRunList = keyof PostingRunRows;

export interface PostingRunPage<L extends PostingRunList = PostingRunList> {
  rows: PostingRunRows[L][];
  /** Rows the list has in all (the page is rows [offset, offset + rows.length)). */
  total: number;
}

/** Longest page one call returns. */
export const MAX_RUN_PAGE = 1000;

type KeptLists = Partial<{ [L in PostingRunList]: readonly PostingRunRows[L][] }>;

interface KeptRun {
  id: string;
  lists: KeptLists;
}

const RUN_LISTS: readonly PostingRunList[] = ['glEntries', 'reportLines', 'skipped', 'postingGroupSummary'];
const TEST_LISTS: readonly PostingRunList[] = ['testReportLines', 'testProblemLines'];

/** One per engine: the last posting run (preview or post) and the last test report. */
export class PostingRuns {
  private run: KeptRun | null = null;
  private test: KeptRun | null = null;
  private next = 1;

  /** Keeps a preview/post run's lists (dropping the previous run's); returns its id. */
  keepRun(lists: KeptLists): string {
    this.run = { id: `run-${this.next++}`, lists };
    return this.run.id;
  }

  /** Keeps a test report's lines (dropping the previous report's); returns its id. */
  keepTest(lists: KeptLists): string {
    this.test = { id: `test-${this.next++}`, lists };
    return this.test.id;
  }

  /** Frees a kept run's lists (the UI left the results); unknown ids are ignored. */
  release(runId: string): void {
    if (this.run?.id === runId) this.run = null;
    if (this.test?.id === runId) this.test = null;
  }

  /** Rows [offset, offset + limit) of one list of a kept run, limit at most MAX_RUN_PAGE. */
  page<L extends PostingRunList>(runId: string, list: L, offset: number, limit: number): Result<PostingRunPage<L>> {
    const kept = [this.run, this.test].find((r) => r?.id === runId);
    if (!kept)
      return fail([
        problem(
          'value-invalid',
          `Posting run ${runId} is no longer kept: a newer run replaced it.`,
          undefined,
          'Run the preview, posting or test report again.',
        ),
      ]);
    const allowed = kept === this.test ? TEST_LISTS : RUN_LISTS;
    const rows = kept.lists[list];
    if (!allowed.includes(list) || !rows)
      return fail([problem('value-invalid', `Posting run ${runId} has no list "${list}".`)]);
    const from = Math.max(0, Math.floor(offset));
    const to = from + Math.min(MAX_RUN_PAGE, Math.max(0, Math.floor(limit)));
    return ok({ rows: rows.slice(from, to), total: rows.length });
  }
}
