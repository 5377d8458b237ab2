// Drill-down: from cells and causes to the entries behind them, paged; G/L entry ↔ value entries.
import { describe, expect, it } from 'vitest';
import { buildLedgerColumns } from '../../../src/core/columns';
import {
  drillDown,
  glEntriesOfValueEntry,
  valueEntriesOfGLEntry,
  type DrillDownTarget,
  type ReconciliationFilters,
} from '../../../src/core/reconciliation';
import { ACCOUNTS as A, company, gl, posted, ve } from './ledger-fixture';

const v1 = ve({ entryNo: 1, itemLedgerEntryType: 'Purchase', postingDate: '2020-01-01', costAmountActual: '70.00' });
const v2 = ve({
  entryNo: 2,
  itemLedgerEntryType: 'Purchase',
  entryType: 'Indirect Cost',
  postingDate: '2020-01-01',
  costAmountActual: '10.00',
});
const v3 = ve({ entryNo: 3, itemLedgerEntryType: 'Sale', postingDate: '2020-01-15', costAmountActual: '-48.00' });
const v4 = ve(
  { entryNo: 4, itemNo: '1001', itemLedgerEntryType: 'Sale', postingDate: '2020-01-20', costAmountActual: '-5.00' },
  false,
);
const p = [
  posted(1, v1, A.inventory, A.directCostApplied, '70.00'),
  posted(3, v2, A.inventory, A.overheadApplied, '10.00'),
  posted(5, v3, A.inventory, A.cogs, '-48.00'),
];
const ds = company({
  valueEntries: [v1, v2, v3, v4],
  glEntries: [
    ...p.flatMap((x) => x.glEntries),
    gl(7, A.cogs, '2020-01-31', '3.00'),
    gl(8, '2910', '2020-01-31', '-3.00'),
  ],
  glItemLedgerRelations: p.flatMap((x) => x.relations),
});

function entries(target: DrillDownTarget, filters: ReconciliationFilters = {}, offset = 0, limit = 100) {
  const r = drillDown(ds, target, filters, { offset, limit });
  if (!r.ok) throw new Error(r.problems.map((x) => x.message).join('; '));
  return r.value;
}

describe('drill-down', () => {
  it('item-side cells list the value entries that feed them', () => {
    expect(entries({ cell: 'COGS|Inventory' })).toEqual({
      valueEntryNos: [3, 4],
      glEntryNos: [],
      valueEntryCount: 2,
      glEntryCount: 0,
    });
    expect(entries({ cell: 'Total|Inventory' }).valueEntryNos).toEqual([1, 2, 3, 4]);
    expect(entries({ cell: 'Overhead Applied|Total' }).valueEntryNos).toEqual([2]);
    expect(entries({ cell: 'Total|Inventory' }, { itemFilter: '1001' }).valueEntryNos).toEqual([4]);
  });

  it('G/L cells list the G/L entries on the mapped accounts, or under a filter the attributed ones', () => {
    expect(entries({ cell: 'COGS|G/L Total' }).glEntryNos).toEqual([6, 7]);
    expect(entries({ cell: 'G/L Total|Inventory' }).glEntryNos).toEqual([1, 3, 5]);
    expect(entries({ cell: 'COGS|G/L Total' }, { itemFilter: '1000' }).glEntryNos).toEqual([6]);
    expect(entries({ cell: 'COGS|Not Attributable' }, { itemFilter: '1000' }).glEntryNos).toEqual([7]);
    expect(entries({ cell: 'G/L Total|Inventory' }, { dateFilter: '2020-01-15..' }).glEntryNos).toEqual([5]);
  });

  it('Difference cells and causes list the entries of the causes', () => {
    // COGS: G/L 51 − item 53 = −2 = cost-not-posted −5 (VE4) + direct-posting 3 (G/L 7).
    expect(entries({ cell: 'COGS|Difference' })).toMatchObject({ valueEntryNos: [4], glEntryNos: [7] });
    expect(entries({ cause: { field: 'COGS', code: 'direct-posting' } })).toMatchObject({
      valueEntryNos: [],
      glEntryNos: [7],
    });
    expect(entries({ cause: { field: 'Inventory', code: 'cost-not-posted' } }).valueEntryNos).toEqual([4]);
  });

  it('blank cells are empty; unknown cells are a problem', () => {
    expect(entries({ cell: 'COGS|WIP Inventory' })).toEqual({
      valueEntryNos: [],
      glEntryNos: [],
      valueEntryCount: 0,
      glEntryCount: 0,
    });
    const r = drillDown(ds, { cell: 'Sales|Inventory' }, {}, { offset: 0, limit: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('value-invalid');
  });

  it('pages through a list sorted by entry no.', () => {
    expect(entries({ cell: 'Total|Inventory' }, {}, 1, 2)).toEqual({
      valueEntryNos: [2, 3],
      glEntryNos: [],
      valueEntryCount: 4,
      glEntryCount: 0,
    });
    const cols = { columns: buildLedgerColumns(ds), setup: ds };
    const r = drillDown(cols, { cell: 'Total|Inventory' }, {}, { offset: 3, limit: 2 });
    expect(r.ok && r.value.valueEntryNos).toEqual([4]);
  });

  it('goes from a G/L entry to its value entries and back', () => {
    expect(valueEntriesOfGLEntry(ds, 5)).toEqual([3]);
    expect(glEntriesOfValueEntry(ds, 3)).toEqual([5, 6]);
    expect(glEntriesOfValueEntry({ columns: buildLedgerColumns(ds), setup: ds }, 1)).toEqual([1, 2]);
    expect(valueEntriesOfGLEntry(ds, 7)).toEqual([]);
  });
});
