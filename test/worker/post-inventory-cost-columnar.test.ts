// The columnar Post Inventory Cost to G/L run through storage: what it commits (G/L entries, relations,
// watermarks, in one write) equals applying the row-object path's changes to the same stored data.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyDatasetChanges } from '../../src/core/model';
import { postInventoryCostToGL } from '../../src/core/posting';
import { loadDataset } from '../../src/storage';
import { EngineContext } from '../../src/worker/engine-context';
import { PostingRuns } from '../../src/worker/posting-runs';
import { ensureSampleDataset } from '../../src/worker/use-cases/sample-dataset';
import { postInventoryCost, previewPostInventoryCost } from '../../src/worker/use-cases/post-inventory-cost';
import { uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

describe('columnar posting per posting group through storage', () => {
  it.each([undefined, '..2026-01-20'])('commits what the object path plans (date filter %s)', async (dateFilter) => {
    const ctx = new EngineContext({ dbName: uniqueDbName(), locks: null });
    const sample = value(await ensureSampleDataset(ctx));
    if (!sample) throw new Error('sample not stored');
    const db = value(await ctx.db());
    const before = value(await loadDataset(db, sample.id)).dataset;
    const req = { postingMethod: 'Per Posting Group', documentNo: 'INVT-2601', dateFilter } as const;
    const expected = value(postInventoryCostToGL(before, { ...req, post: true }));
    expect(expected.counts.valueEntriesPosted).toBeGreaterThan(0);

    const preview = value(await previewPostInventoryCost(ctx, new PostingRuns(), sample.id, req));
    expect(preview.glEntries).toEqual(expected.glEntries);
    expect(preview.reportTotals).toEqual(expected.reportTotals);
    expect(preview.reportLines).toEqual(expected.reportLines);
    expect(preview.skipped.map((s) => [s.valueEntryNo, s.code])).toEqual(
      expected.skipped.map((s) => [s.valueEntryNo, s.code]),
    );

    const posted = value(await postInventoryCost(ctx, new PostingRuns(), sample.id, req));
    expect(posted.counts).toEqual(expected.counts);
    expect(posted.dataset?.revision).toBeGreaterThan(0);
    const after = value(await loadDataset(db, sample.id)).dataset;
    applyDatasetChanges(before, expected.changes);
    expect(after.glEntries).toEqual(before.glEntries);
    expect(after.glItemLedgerRelations).toEqual(before.glItemLedgerRelations);
    expect(after.valueEntries).toEqual(before.valueEntries);

    // A second run finds nothing waiting and writes nothing.
    const again = value(await postInventoryCost(ctx, new PostingRuns(), sample.id, req));
    expect(again.counts.valueEntriesPosted).toBe(0);
    expect(again.dataset).toBeNull();
  });
});
