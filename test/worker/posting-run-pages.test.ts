// A posting run too big for one page, through Comlink over a MessageChannel as the UI calls it: the result
// carries each list's first page and its count, and postingRunPage returns the rest of every list, in order.
// The dataset (fixtures/many-posting-groups.ts): N purchases on N different days (each posts an Inventory and a
// Direct Cost Applied line of its own, so 2N G/L entries) and K uninvoiced receipts (skipped).
import 'fake-indexeddb/auto';
import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { postInventoryCostToGL, testPostInventoryCostToGL } from '../../src/core/posting';
import sample from '../../src/worker/sample/sample-dataset.json';
import { createEngineApi, type EngineApi, type PostingRunList } from '../../src/worker/engine-api';
import { RESULT_PAGE, testLineView } from '../../src/worker/use-cases/post-inventory-cost';
import { manyPostingGroupsJson } from '../e2e/fixtures/many-posting-groups';
import { uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

const N = 1500;
const K = 1100;
/** The longest page postingRunPage returns. */
const PAGE = 1000;
const RUN = { postingMethod: 'Per Posting Group', documentNo: 'BIG-1' } as const;
const bigDatasetJson = () => manyPostingGroupsJson(sample, { name: 'Big run', purchases: N, receipts: K });

const channel = new MessageChannel();
Comlink.expose(createEngineApi({ dbName: uniqueDbName(), locks: null }), channel.port1);
const remote = Comlink.wrap<EngineApi>(channel.port2);
afterAll(() => {
  channel.port1.close();
  channel.port2.close();
});

async function allRows(runId: string, list: PostingRunList, total: number): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (let offset = 0; offset < total + PAGE; offset += PAGE) {
    const page = value(await remote.postingRunPage(runId, list, offset, PAGE));
    expect(page.total).toBe(total);
    expect(page.rows.length).toBe(Math.max(0, Math.min(PAGE, total - offset)));
    rows.push(...page.rows);
  }
  return rows;
}

describe('a posting run bigger than a page, through Comlink', () => {
  it('crosses as first pages and counts, and pages return every list whole and in order', async () => {
    const ds = value(
      await remote.importDataset({ files: [{ name: 'big.json', data: bigDatasetJson() }], mode: 'new' }),
    );
    const expected = value(
      postInventoryCostToGL(value(await remote.getDataset(ds.id)).dataset, { ...RUN, post: false }),
    );

    const run = value(await remote.previewPostInventoryCost(ds.id, RUN));
    expect(run.counts).toEqual({ valueEntriesPosted: N, glEntriesCreated: 2 * N, skipped: K });
    expect([run.glEntryCount, run.postingGroupSummaryCount, run.reportLineCount, run.skippedCount]).toEqual([
      2 * N,
      2 * N,
      N,
      K,
    ]);
    expect(run.reportLinesKept).toBe(N);
    expect([run.glEntries, run.postingGroupSummary, run.reportLines, run.skipped].map((l) => l.length)).toEqual([
      RESULT_PAGE,
      RESULT_PAGE,
      RESULT_PAGE,
      RESULT_PAGE,
    ]);
    expect(run.glEntries).toEqual(expected.glEntries.slice(0, RESULT_PAGE));
    expect(run.postingGroupSummary).toEqual(expected.postingGroupSummary.slice(0, RESULT_PAGE));
    // Inventory +(1 + … + N), Direct Cost Applied −(1 + … + N); the summary lines balance to zero.
    const sum = `${(N * (N + 1)) / 2}.00`;
    expect(run.reportTotals.Inventory).toBe(sum);
    expect(run.reportTotals['Direct Cost Applied']).toBe(`-${sum}`);
    expect(run.postingGroupSummaryTotal).toBe('0');

    const gl = await allRows(run.runId, 'glEntries', 2 * N);
    expect(gl).toEqual(expected.glEntries);
    expect(gl.map((g) => (g as { entryNo: number }).entryNo)).toEqual(Array.from({ length: 2 * N }, (_, i) => i + 1));
    expect(await allRows(run.runId, 'postingGroupSummary', 2 * N)).toEqual(expected.postingGroupSummary);
    const report = await allRows(run.runId, 'reportLines', N);
    expect(report).toEqual(expected.reportLines);
    expect(report.map((l) => (l as { valueEntryNo: number }).valueEntryNo)).toEqual(
      Array.from({ length: N }, (_, i) => i + 1),
    );
    const skipped = await allRows(run.runId, 'skipped', K);
    expect(skipped).toEqual(expected.skipped);
    expect(skipped.map((s) => (s as { code: string }).code)).toEqual(Array(K).fill('expected-cost-not-posted'));
  });

  it('pages the test report, and a run is kept only until the next run replaces it', async () => {
    const ds = value(
      await remote.importDataset({ files: [{ name: 'big.json', data: bigDatasetJson() }], mode: 'new' }),
    );
    const expected = value(testPostInventoryCostToGL(value(await remote.getDataset(ds.id)).dataset, RUN));
    const test = value(await remote.testReport(ds.id, RUN));
    expect([test.lineCount, test.lines.length, test.problemLineCount]).toEqual([2 * N, RESULT_PAGE, 0]);
    expect(await allRows(test.runId, 'testReportLines', 2 * N)).toEqual(expected.lines.map(testLineView));

    const first = value(await remote.previewPostInventoryCost(ds.id, RUN));
    const posted = value(await remote.postInventoryCost(ds.id, RUN));
    expect(posted.counts).toEqual({ valueEntriesPosted: N, glEntriesCreated: 2 * N, skipped: K });
    expect(posted.glEntries.length).toBe(RESULT_PAGE);
    const replaced = await remote.postingRunPage(first.runId, 'glEntries', 0, 10);
    expect(replaced.ok ? [] : replaced.problems.map((p) => p.code)).toEqual(['value-invalid']);
    // The posted run's last G/L entry is the last one stored.
    const last = value(await remote.postingRunPage(posted.runId, 'glEntries', 2 * N - 1, 10));
    expect(last.rows.map((g) => (g as { entryNo: number }).entryNo)).toEqual([2 * N]);
    const stored = value(await remote.ledgerEntries(ds.id, { table: 'glEntries', offset: 2 * N - 1, limit: 10 }));
    expect(stored.rows.map((r) => r.entryNo)).toEqual([2 * N]);
    // The test report is kept beside the run; released, it is gone.
    expect(value(await remote.postingRunPage(test.runId, 'testReportLines', 0, 1)).rows).toHaveLength(1);
    await remote.releasePostingRun(test.runId);
    expect((await remote.postingRunPage(test.runId, 'testReportLines', 0, 1)).ok).toBe(false);
  });
});
