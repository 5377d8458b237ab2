// The ledgers the matrix keeps between calls: reused while the dataset is unchanged, and never stale after a
// write — in this engine or another tab's. Numbers from scenario 29 (the built-in sample).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EngineContext } from '../../src/worker/engine-context';
import { PostingRuns } from '../../src/worker/posting-runs';
import { reconciliationSource } from '../../src/worker/reconciliation-source';
import { editSetup } from '../../src/worker/use-cases/setup';
import { postGLJournal } from '../../src/worker/use-cases/gl-journal';
import { postInventoryCost } from '../../src/worker/use-cases/post-inventory-cost';
import { buildMatrix, ledgerEntries } from '../../src/worker/use-cases/reconciliation';
import { matrixDrillDown } from '../../src/worker/use-cases/reconciliation-drill-down';
import { ensureSampleDataset } from '../../src/worker/use-cases/sample-dataset';
import { uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

const RUN = { postingMethod: 'Per Posting Group', documentNo: 'INVT-2601', dateFilter: '..2026-01-20' } as const;
const PAGE = { offset: 0, limit: 10 };
/** Take the columnar path (chunks → columns) on the small sample. */
const COLUMNAR = { columnarAbove: 0 };

async function withSample(dbName = uniqueDbName()) {
  const ctx = new EngineContext({ dbName, locks: null });
  const sample = value(await ensureSampleDataset(ctx));
  if (!sample) throw new Error('sample not stored');
  return { ctx, id: sample.id, dbName };
}

describe('matrix ledgers kept between calls', () => {
  it('reuses the columns while nothing is written', async () => {
    const { ctx, id } = await withSample();
    const first = value(await reconciliationSource(ctx, id, 0));
    const second = value(await reconciliationSource(ctx, id, 0));
    expect(second.columns).toBe(first.columns);
    expect(value(await buildMatrix(ctx, id, {}, COLUMNAR)).cells['Difference|Inventory']).toBe('54.99');
  });

  it('a posting after a matrix shows in the next matrix', async () => {
    const { ctx, id } = await withSample();
    expect(value(await buildMatrix(ctx, id, {}, COLUMNAR)).cells['Difference|Inventory']).toBe('54.99');
    value(await postInventoryCost(ctx, new PostingRuns(), id, RUN));
    // Only VE8 (2026-01-28, outside the run's date filter) is left unposted.
    expect(value(await buildMatrix(ctx, id, {}, COLUMNAR)).cells['Difference|Inventory']).toBe('10.00');
  });

  it('a manual G/L journal after a matrix shows in the next matrix, on both paths', async () => {
    const { ctx, id } = await withSample();
    value(await postInventoryCost(ctx, new PostingRuns(), id, RUN));
    for (const options of [COLUMNAR, {}])
      expect(value(await buildMatrix(ctx, id, {}, options)).cells['COGS|G/L Total']).toBe('45.00');
    value(
      await postGLJournal(ctx, id, {
        postingDate: '2026-01-31',
        documentNo: 'GJ-0131',
        lines: [
          { glAccountNo: '7290', amount: '15.00', description: 'Damaged bicycle written off by hand' },
          { glAccountNo: '2130', amount: '-15.00', description: 'Damaged bicycle written off by hand' },
        ],
      }),
    );
    for (const options of [COLUMNAR, {}]) {
      const m = value(await buildMatrix(ctx, id, {}, options));
      expect(m.cells['COGS|G/L Total']).toBe('60.00');
      expect(m.cells['Difference|Inventory']).toBe('-5.00');
    }
  });

  it('a setup edit after a matrix is used by the next matrix', async () => {
    const { ctx, id } = await withSample();
    const before = value(await reconciliationSource(ctx, id, 0));
    const account = { no: '9999', name: 'Suspense', incomeBalance: 'Balance Sheet', blocked: false };
    value(await editSetup(ctx, id, { kind: 'upsertRecords', table: 'glAccounts', records: [account] }));
    const after = value(await reconciliationSource(ctx, id, 0));
    expect(after.revision).toBe(before.revision + 1);
    expect(after.setup.glAccounts.map((a) => a.no)).toContain('9999');
    expect(before.setup.glAccounts.map((a) => a.no)).not.toContain('9999');
  });

  it("another tab's write is seen by this tab's next matrix", async () => {
    const { ctx: tabA, id, dbName } = await withSample();
    const tabB = new EngineContext({ dbName, locks: null });
    expect(value(await buildMatrix(tabA, id, {}, COLUMNAR)).cells['Difference|Inventory']).toBe('54.99');
    value(await postInventoryCost(tabB, new PostingRuns(), id, RUN));
    expect(value(await buildMatrix(tabA, id, {}, COLUMNAR)).cells['Difference|Inventory']).toBe('10.00');
  });

  it('the causes lead to the stored entries through ledger pages after a write', async () => {
    const { ctx, id } = await withSample();
    value(await postInventoryCost(ctx, new PostingRuns(), id, RUN));
    const m = value(await buildMatrix(ctx, id, {}, COLUMNAR));
    const notPosted = m.causes.find((c) => c.code === 'cost-not-posted' && c.field === 'Inventory')!;
    expect([notPosted.valueEntryCount, notPosted.glEntryCount]).toEqual([1, 0]);
    const behind = value(
      await matrixDrillDown(ctx, id, { cause: { field: 'Inventory', code: 'cost-not-posted' } }, {}, PAGE),
    );
    expect(behind.valueEntryNos).toEqual([8]);
    const page = value(
      await ledgerEntries(ctx, id, { table: 'valueEntries', offset: 0, limit: 10, entryNos: behind.valueEntryNos }),
    );
    expect(page.rows.map((r) => [r.entryNo, r.costAmountActual, r.costPostedToGL])).toEqual([[8, '-10.00', '0.00']]);
  });
});
