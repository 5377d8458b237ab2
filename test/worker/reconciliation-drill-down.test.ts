// Engine use cases behind the reconciliation page's drill-down and the posting preview's "matrix after",
// checked against scenario 29's hand-worked numbers (the built-in sample is that scenario's dataset).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { value, withSample } from './engine-fixtures';

const RUN = { postingMethod: 'Per Posting Group', documentNo: 'INVT-2601', dateFilter: '..2026-01-20' } as const;

describe('matrix drill-down', () => {
  it('lists the value entries whose cost is not posted behind the Inventory difference', async () => {
    const { api, id } = await withSample();
    const page = value(
      await api.matrixDrillDown(
        id,
        { cause: { field: 'Inventory', code: 'cost-not-posted' } },
        {},
        { offset: 0, limit: 50 },
      ),
    );
    // VE3 (corrected by 0.01 after posting) and the four January sales VE5–VE8.
    expect(page.valueEntryNos).toEqual([3, 5, 6, 7, 8]);
    expect(page.glEntryNos).toEqual([]);
  });

  it('pages the G/L entries behind a G/L Total cell', async () => {
    const { api, id } = await withSample();
    const first = value(await api.matrixDrillDown(id, { cell: 'G/L Total|Inventory' }, {}, { offset: 0, limit: 1 }));
    expect(first).toEqual({ valueEntryNos: [], glEntryNos: [1], valueEntryCount: 0, glEntryCount: 2 });
    const second = value(await api.matrixDrillDown(id, { cell: 'G/L Total|Inventory' }, {}, { offset: 1, limit: 1 }));
    expect(second.glEntryNos).toEqual([2]);
  });

  it('navigates from a G/L entry to its value entries and back', async () => {
    const { api, id } = await withSample();
    const all = { offset: 0, limit: 10 };
    expect(value(await api.relatedEntries(id, { glEntryNo: 1 }, all))).toEqual({ entryNos: [1, 2, 3], total: 3 });
    expect(value(await api.relatedEntries(id, { valueEntryNo: 4 }, all))).toEqual({ entryNos: [2, 4], total: 2 });
    // Paged: the second of G/L entry 1's value entries.
    expect(value(await api.relatedEntries(id, { glEntryNo: 1 }, { offset: 1, limit: 1 }))).toEqual({
      entryNos: [2],
      total: 3,
    });
  });
});

describe('matrix after posting', () => {
  it('shows the differences left after the run, without storing anything', async () => {
    const { api, id } = await withSample();
    const { before, after } = value(await api.previewMatrixAfterPosting(id, RUN, {}));
    expect(before.cells['Difference|Inventory']).toBe('54.99');
    expect(before.cells['COGS|Difference']).toBe('-55.00');
    // Only VE8 (2026-01-28, outside the run's date filter) is left unposted: 10.00 either way.
    expect(after.cells['Difference|Inventory']).toBe('10.00');
    expect(after.cells['COGS|Difference']).toBe('-10.00');
    expect(after.cells['Direct Cost Applied|Difference']).toBe('0');
    const again = value(await api.buildMatrix(id, {}));
    expect(again.cells['Difference|Inventory']).toBe('54.99');
    expect(value(await api.listDatasets())[0]!.counts.glEntries).toBe(4);
  });
});
