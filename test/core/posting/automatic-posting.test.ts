// Automatic Cost Posting: per-entry lines at once; any problem refuses with all problems in check order.
import { beforeEach, describe, expect, it } from 'vitest';
import { postValueEntriesToGL } from '../../../src/core/posting';
import { baseDataset, resetEntryNos, ve } from './fixtures';

beforeEach(resetEntryNos);

describe('postValueEntriesToGL', () => {
  it('posts the receipt to interim accounts and the invoice as reversal plus actual, with watermarks', () => {
    const ds = baseDataset();
    ds.inventorySetup.expectedCostPostingToGL = true;
    const receipt = ve({ expectedCost: true, costAmountExpected: '95.00', documentNo: 'PR-1' });
    const invoice = ve({
      itemLedgerEntryNo: 1,
      postingDate: '2026-01-15',
      costAmountExpected: '-95.00',
      costAmountActual: '100.00',
      documentNo: 'PI-1',
    });
    const r = postValueEntriesToGL(ds, [receipt, invoice], { checkOnly: false });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.glEntries.map((g) => [g.entryNo, g.glAccountNo, g.postingDate, g.amount, g.documentNo])).toEqual([
      [1, '2131', '2026-01-05', '95.00', 'PR-1'],
      [2, '5530', '2026-01-05', '-95.00', 'PR-1'],
      [3, '2131', '2026-01-15', '-95.00', 'PI-1'],
      [4, '5530', '2026-01-15', '95.00', 'PI-1'],
      [5, '2130', '2026-01-15', '100.00', 'PI-1'],
      [6, '7291', '2026-01-15', '-100.00', 'PI-1'],
    ]);
    expect(r.value.glItemLedgerRelations.map((x) => [x.glEntryNo, x.valueEntryNo, x.amount])).toEqual([
      [1, 1, '95.00'],
      [2, 1, '-95.00'],
      [3, 2, '-95.00'],
      [4, 2, '95.00'],
      [5, 2, '100.00'],
      [6, 2, '-100.00'],
    ]);
    expect(r.value.watermarks).toEqual([
      { valueEntryNo: 1, expectedCostPostedToGL: '95.00' },
      { valueEntryNo: 2, costPostedToGL: '100.00', expectedCostPostedToGL: '-95.00' },
    ]);
  });

  it('check only: nothing is posted', () => {
    const r = postValueEntriesToGL(baseDataset(), [ve({ costAmountActual: '10.00' })], { checkOnly: true });
    expect(r.ok && r.value.glEntries.length + r.value.watermarks.length).toBe(0);
  });

  it('refuses on a dimension rule the batch job would ignore', () => {
    const ds = baseDataset();
    ds.defaultDimensions.push({
      glAccountNo: '7291',
      dimensionCode: 'PROJECT',
      valuePosting: 'Code Mandatory',
      dimensionValueCode: '',
    });
    const r = postValueEntriesToGL(ds, [ve({ costAmountActual: '10.00' })], { checkOnly: false });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.where?.entryNo])).toEqual([['dimension-value-required', 1]]);
  });

  it('validates the actual accounts of an expected-cost entry (BC’s extra check), even with expected posting off', () => {
    const ds = baseDataset();
    ds.generalPostingSetup[1]!.cogsAccount = '';
    const shipment = ve({ itemLedgerEntryType: 'Sale', expectedCost: true, costAmountExpected: '-30.00' });
    const r = postValueEntriesToGL(ds, [shipment], { checkOnly: true });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.where?.field])).toEqual([['missing-account', 'cogsAccount']]);
  });

  it('reports all problems once each, in check order across lines and entries', () => {
    const ds = baseDataset();
    ds.generalLedgerSetup.allowPostingFrom = '2026-02-01';
    const r = postValueEntriesToGL(
      ds,
      [
        ve({ costAmountActual: '10.00' }),
        ve({ itemLedgerEntryType: 'Sale', genBusPostingGroup: 'EXPORT', costAmountActual: '-5.00' }),
        ve({ itemLedgerEntryType: 'Sale', entryType: 'Indirect Cost', costAmountActual: '-1.00' }),
      ],
      { checkOnly: false },
    );
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.where?.entryNo])).toEqual([
      ['posting-combination-not-allowed', 3],
      ['missing-general-posting-setup', 2],
      ['posting-date-not-allowed', 1],
    ]);
  });

  it('skips entries that are not inventoriable', () => {
    const r = postValueEntriesToGL(
      baseDataset(),
      [ve({ costAmountActual: '10.00', locationCode: 'NOWHERE', inventoriable: false })],
      {
        checkOnly: false,
      },
    );
    expect(r.ok && r.value.glEntries).toEqual([]);
  });
});
