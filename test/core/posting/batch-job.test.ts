// Post Inventory Cost to G/L: hand-checked lines, grouping, order, skips, filters, watermarks.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyDatasetChanges } from '../../../src/core/model';
import { postInventoryCostToGL, type PostInventoryCostRequest } from '../../../src/core/posting';
import { balances, baseDataset, resetEntryNos, ve, withEntries } from './fixtures';

const PER_ENTRY: PostInventoryCostRequest = { postingMethod: 'Per Entry', post: true };
const PER_GROUP: PostInventoryCostRequest = { postingMethod: 'Per Posting Group', documentNo: 'INVT-1', post: true };

function run(ds: ReturnType<typeof baseDataset>, req: PostInventoryCostRequest) {
  const r = postInventoryCostToGL(ds, req);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

beforeEach(resetEntryNos);

describe('per entry', () => {
  it('posts each value entry as its own balanced pair with its document no., date and description', () => {
    const ds = withEntries(baseDataset(), [
      ve({ costAmountActual: '70.00', documentNo: 'PI-1' }),
      ve({ entryType: 'Indirect Cost', itemLedgerEntryNo: 1, costAmountActual: '10.00', documentNo: 'PI-1' }),
      ve({
        itemLedgerEntryType: 'Sale',
        postingDate: '2026-01-15',
        costAmountActual: '-48.00',
        sourceNo: '20000',
        documentNo: 'SI-1',
      }),
    ]);
    const v = run(ds, PER_ENTRY);
    expect(v.glEntries.map((g) => [g.entryNo, g.glAccountNo, g.amount, g.documentNo, g.description])).toEqual([
      [1, '2130', '70.00', 'PI-1', 'Direct Cost 10000 on 2026-01-05'],
      [2, '7291', '-70.00', 'PI-1', 'Direct Cost 10000 on 2026-01-05'],
      [3, '2130', '10.00', 'PI-1', 'Indirect Cost 10000 on 2026-01-05'],
      [4, '7292', '-10.00', 'PI-1', 'Indirect Cost 10000 on 2026-01-05'],
      [5, '2130', '-48.00', 'SI-1', 'Direct Cost 20000 on 2026-01-15'],
      [6, '7290', '48.00', 'SI-1', 'Direct Cost 20000 on 2026-01-15'],
    ]);
    expect(v.glEntries.every((g) => g.sourceCode === 'INVTPCOST')).toBe(true);
    expect(v.relations.map((r) => [r.glEntryNo, r.valueEntryNo, r.amount])).toEqual([
      [1, 1, '70.00'],
      [2, 1, '-70.00'],
      [3, 2, '10.00'],
      [4, 2, '-10.00'],
      [5, 3, '-48.00'],
      [6, 3, '48.00'],
    ]);
    // 70 + 10 - 48 = 32 on Inventory; the columns sum to 0.
    expect(v.reportTotals).toEqual({
      COGS: '48.00',
      'Inventory Adjustment': '0.00',
      'Direct Cost Applied': '-70.00',
      'Overhead Applied': '-10.00',
      'Purchase Variance': '0.00',
      'Mfg. Direct Cost Variance': '0.00',
      'Manufacturing Ovhd Variance': '0.00',
      'WIP Inventory': '0.00',
      Inventory: '32.00',
    });
    expect(v.reportLines.map((l) => [l.valueEntryNo, l.amounts])).toEqual([
      [1, { Inventory: '70.00', 'Direct Cost Applied': '-70.00' }],
      [2, { Inventory: '10.00', 'Overhead Applied': '-10.00' }],
      [3, { Inventory: '-48.00', COGS: '48.00' }],
    ]);
    expect(v.changes.watermarks).toEqual([
      { valueEntryNo: 1, costPostedToGL: '70.00' },
      { valueEntryNo: 2, costPostedToGL: '10.00' },
      { valueEntryNo: 3, costPostedToGL: '-48.00' },
    ]);
    expect(v.counts).toEqual({ valueEntriesPosted: 3, glEntriesCreated: 6, skipped: 0 });
    expect(v.message).toBe('3 value entries have been posted to the general ledger as 6 G/L entries.');
    expect(v.postingGroupSummary).toEqual([]);
  });

  it('carries the value entry dimensions and continues after the highest G/L entry no.', () => {
    const ds = withEntries(baseDataset(), [ve({ costAmountActual: '5.00', dimensions: { DEPARTMENT: 'SALES' } })]);
    ds.glEntries = [
      {
        entryNo: 41,
        glAccountNo: '2910',
        postingDate: '2026-01-01',
        documentNo: 'X',
        description: '',
        amount: '0',
        sourceCode: '',
        closingDate: false,
        dateCompressed: false,
        dimensions: {},
      },
    ];
    const v = run(ds, PER_ENTRY);
    expect(v.glEntries.map((g) => [g.entryNo, g.dimensions])).toEqual([
      [42, { DEPARTMENT: 'SALES' }],
      [43, { DEPARTMENT: 'SALES' }],
    ]);
  });

  it('posts only the delta above the watermark, and nothing the second time', () => {
    const ds = withEntries(baseDataset(), [ve({ costAmountActual: '35.01', costPostedToGL: '35.00' })]);
    const first = run(ds, PER_ENTRY);
    expect(first.glEntries.map((g) => g.amount)).toEqual(['0.01', '-0.01']);
    applyDatasetChanges(ds, first.changes);
    expect(ds.valueEntries[0]!.costPostedToGL).toBe('35.01');
    const second = run(ds, PER_ENTRY);
    expect(second.glEntries).toEqual([]);
    expect(second.skipped).toEqual([]);
    expect(second.message).toBe('There is nothing to post to the general ledger.');
  });
});

describe('per posting group', () => {
  it('sums per key, never nets debits and credits, never merges dates, and links every value entry', () => {
    const ds = withEntries(baseDataset(), [
      ve({ costAmountActual: '70.00' }),
      ve({ itemNo: '1001', costAmountActual: '35.00' }),
      ve({ entryType: 'Indirect Cost', costAmountActual: '10.00' }),
      ve({ itemLedgerEntryType: 'Sale', postingDate: '2026-01-15', costAmountActual: '-48.00' }),
      ve({ itemLedgerEntryType: 'Sale', postingDate: '2026-01-15', costAmountActual: '16.00' }),
      ve({ itemLedgerEntryType: 'Sale', postingDate: '2026-01-20', costAmountActual: '-14.00' }),
    ]);
    const v = run(ds, PER_GROUP);
    expect(v.glEntries.map((g) => [g.postingDate, g.glAccountNo, g.amount, g.description])).toEqual([
      ['2026-01-05', '2130', '105.00', 'Inventory - Direct Cost Applied, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-05', '2130', '10.00', 'Inventory - Overhead Applied, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-05', '7291', '-105.00', 'Direct Cost Applied - Inventory, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-05', '7292', '-10.00', 'Overhead Applied - Inventory, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-15', '2130', '16.00', 'Inventory - COGS, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-15', '2130', '-48.00', 'Inventory - COGS, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-15', '7290', '48.00', 'COGS - Inventory, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-15', '7290', '-16.00', 'COGS - Inventory, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-20', '2130', '-14.00', 'Inventory - COGS, BLUE,RESALE,DOMESTIC,RETAIL'],
      ['2026-01-20', '7290', '14.00', 'COGS - Inventory, BLUE,RESALE,DOMESTIC,RETAIL'],
    ]);
    expect(v.glEntries.every((g) => g.documentNo === 'INVT-1')).toBe(true);
    // Entry 1 (item 1000) and entry 2 (item 1001) share the first line: 70 + 35.
    expect(v.relations.filter((r) => r.glEntryNo === 1).map((r) => [r.valueEntryNo, r.amount])).toEqual([
      [1, '70.00'],
      [2, '35.00'],
    ]);
    expect(v.postingGroupSummary[0]).toMatchObject({
      accountType: 'Inventory',
      setupText: 'BLUE,RESALE',
      amount: '105.00',
      valueEntryCount: 2,
    });
    expect(v.postingGroupSummary[2]).toMatchObject({
      accountType: 'Direct Cost Applied',
      setupText: 'DOMESTIC,RETAIL',
    });
    expect(balances(v.glEntries)).toEqual({ '2130': '69.00', '7290': '46.00', '7291': '-105.00', '7292': '-10.00' });
    expect(v.message).toBe('6 value entries have been posted to the general ledger as 10 G/L entries.');
  });

  it('orders dimension sets empty first and keeps them apart, each line carrying its set', () => {
    const ds = withEntries(baseDataset(), [
      ve({ itemLedgerEntryType: 'Sale', costAmountActual: '-10.00', dimensions: { DEPARTMENT: 'SALES' } }),
      ve({ itemLedgerEntryType: 'Sale', costAmountActual: '-20.00' }),
      ve({ itemLedgerEntryType: 'Sale', costAmountActual: '-5.00', dimensions: { DEPARTMENT: 'ADM' } }),
    ]);
    const v = run(ds, PER_GROUP);
    expect(v.glEntries.map((g) => [g.glAccountNo, g.amount, g.dimensions])).toEqual([
      ['2130', '-20.00', {}],
      ['2130', '-5.00', { DEPARTMENT: 'ADM' }],
      ['2130', '-10.00', { DEPARTMENT: 'SALES' }],
      ['7290', '20.00', {}],
      ['7290', '5.00', { DEPARTMENT: 'ADM' }],
      ['7290', '10.00', { DEPARTMENT: 'SALES' }],
    ]);
    expect(v.postingGroupSummary[1]!.dimensionsText).toBe('DEPARTMENT - ADM');
  });

  it('orders locations blank first, ordinal after upper-casing', () => {
    const ds = withEntries(baseDataset(), [
      ve({ locationCode: 'RED', costAmountActual: '1.00' }),
      ve({ locationCode: 'blue', costAmountActual: '2.00' }),
      ve({ locationCode: '', costAmountActual: '3.00' }),
    ]);
    const v = run(ds, PER_GROUP);
    expect(v.glEntries.filter((g) => g.glAccountNo === '2130').map((g) => g.amount)).toEqual(['3.00', '2.00', '1.00']);
  });
});

describe('expected cost', () => {
  it('with expected-cost posting on: receipt to interim, invoice reverses it and posts actual (four lines)', () => {
    const ds = withEntries(baseDataset(), [
      ve({ expectedCost: true, costAmountExpected: '95.00' }),
      ve({ itemLedgerEntryNo: 1, postingDate: '2026-01-15', costAmountExpected: '-95.00', costAmountActual: '100.00' }),
      ve({ itemLedgerEntryType: 'Sale', postingDate: '2026-01-20', expectedCost: true, costAmountExpected: '-30.00' }),
    ]);
    ds.inventorySetup.expectedCostPostingToGL = true;
    const v = run(ds, PER_ENTRY);
    expect(v.glEntries.map((g) => [g.glAccountNo, g.amount])).toEqual([
      ['2131', '95.00'],
      ['5530', '-95.00'],
      ['2131', '-95.00'],
      ['5530', '95.00'],
      ['2130', '100.00'],
      ['7291', '-100.00'],
      ['2131', '-30.00'],
      ['7281', '30.00'],
    ]);
    expect(v.changes.watermarks).toEqual([
      { valueEntryNo: 1, expectedCostPostedToGL: '95.00' },
      { valueEntryNo: 2, costPostedToGL: '100.00', expectedCostPostedToGL: '-95.00' },
      { valueEntryNo: 3, expectedCostPostedToGL: '-30.00' },
    ]);
    // Inventory (Interim) under Inventory, Invt. Accrual (Interim) under Inventory Adjustment, COGS (Interim) under COGS.
    expect(v.reportTotals).toMatchObject({
      Inventory: '70.00',
      'Inventory Adjustment': '0.00',
      'Direct Cost Applied': '-100.00',
      COGS: '30.00',
    });
  });

  it('with it off: the receipt is skipped as expected-cost-not-posted, the invoice posts only its actual part', () => {
    const ds = withEntries(baseDataset(), [
      ve({ expectedCost: true, costAmountExpected: '95.00' }),
      ve({ itemLedgerEntryNo: 1, postingDate: '2026-01-15', costAmountExpected: '-95.00', costAmountActual: '100.00' }),
    ]);
    const v = run(ds, PER_ENTRY);
    expect(v.glEntries.map((g) => [g.glAccountNo, g.amount])).toEqual([
      ['2130', '100.00'],
      ['7291', '-100.00'],
    ]);
    expect(v.skipped.map((s) => [s.valueEntryNo, s.code, s.costAmount])).toEqual([
      [1, 'expected-cost-not-posted', '95.00'],
    ]);
    expect(v.changes.watermarks).toEqual([{ valueEntryNo: 2, costPostedToGL: '100.00' }]);
  });
});

describe('which entries are read, and in what order', () => {
  it('reads by item no., posting date, entry no., then capacity entries by order type, order no., entry no.', () => {
    const ds = withEntries(baseDataset(), [
      ve({ entryNo: 1, itemNo: '2000', costAmountActual: '1.00' }),
      ve({ entryNo: 2, itemNo: '1000', postingDate: '2026-01-09', costAmountActual: '2.00' }),
      ve({ entryNo: 3, itemNo: '1000', postingDate: '2026-01-08', costAmountActual: '3.00' }),
      ve({
        entryNo: 4,
        itemLedgerEntryNo: 0,
        itemLedgerEntryType: '',
        orderType: 'Production',
        orderNo: 'PO-2',
        itemNo: 'BIKE',
        costAmountActual: '4.00',
      }),
      ve({
        entryNo: 5,
        itemLedgerEntryNo: 0,
        itemLedgerEntryType: '',
        orderType: 'Production',
        orderNo: 'PO-1',
        itemNo: 'BIKE',
        costAmountActual: '5.00',
      }),
      ve({ entryNo: 6, itemNo: '1000', postingDate: '2026-01-08', costAmountActual: '6.00' }),
    ]);
    const v = run(ds, PER_ENTRY);
    expect(v.reportLines.map((l) => l.valueEntryNo)).toEqual([3, 6, 2, 1, 5, 4]);
    // Capacity of a production order: Dr WIP / Cr Direct Cost Applied.
    expect(v.glEntries.slice(-2).map((g) => [g.glAccountNo, g.amount])).toEqual([
      ['2140', '4.00'],
      ['7291', '-4.00'],
    ]);
  });

  it('does not read entries outside the filters, not inventoriable, or with all amounts 0', () => {
    const ds = withEntries(baseDataset(), [
      ve({ itemNo: '1000', postingDate: '2026-01-05', costAmountActual: '1.00' }),
      ve({ itemNo: '1000', postingDate: '2026-02-05', costAmountActual: '2.00', locationCode: 'NOWHERE' }),
      ve({ itemNo: '3000', postingDate: '2026-01-05', costAmountActual: '3.00', locationCode: 'NOWHERE' }),
      ve({ itemNo: '1000', costAmountActual: '4.00', inventoriable: false }),
      ve({ itemNo: '1000', costAmountActual: '0', costPostedToGL: '0' }),
    ]);
    const v = run(ds, { ...PER_ENTRY, itemFilter: '1000|2000', dateFilter: '..2026-01-31' });
    expect(v.reportLines.map((l) => l.valueEntryNo)).toEqual([1]);
    expect(v.skipped).toEqual([]);
  });

  it('uses the source item’s inventory posting group for WIP', () => {
    const ds = withEntries(baseDataset(), [
      ve({ itemLedgerEntryType: 'Consumption', sourceType: 'Item', sourceNo: 'BIKE', costAmountActual: '-12.00' }),
      ve({
        itemNo: 'BIKE',
        inventoryPostingGroup: 'FINISHED',
        itemLedgerEntryType: 'Output',
        sourceType: 'Item',
        sourceNo: 'BIKE',
        costAmountActual: '12.00',
      }),
    ]);
    const v = run(ds, PER_ENTRY);
    expect(v.glEntries.map((g) => [g.glAccountNo, g.amount])).toEqual([
      ['2130', '-12.00'],
      ['2141', '12.00'],
      ['2130', '12.00'],
      ['2141', '-12.00'],
    ]);
  });
});

describe('skipped entries', () => {
  it('skips one bad entry with its reason and posts the others; a skipped entry posts no line at all', () => {
    const ds = withEntries(baseDataset(), [
      ve({ costAmountActual: '10.00' }),
      ve({ itemLedgerEntryType: 'Sale', entryType: 'Indirect Cost', costAmountActual: '-1.00' }),
      ve({ entryType: 'Variance', varianceType: 'Material', costAmountActual: '1.00' }),
      ve({ locationCode: 'GREEN', costAmountActual: '2.00' }),
      ve({ genBusPostingGroup: 'EXPORT', itemLedgerEntryType: 'Sale', costAmountActual: '-3.00' }),
      ve({ entryType: 'Rounding', costAmountExpected: '0.01', costAmountActual: '0.01' }),
    ]);
    const v = run(ds, PER_ENTRY);
    expect(v.skipped.map((s) => [s.valueEntryNo, s.code])).toEqual([
      [2, 'posting-combination-not-allowed'],
      [3, 'variance-type-not-allowed'],
      [4, 'missing-inventory-posting-setup'],
      [5, 'missing-general-posting-setup'],
      [6, 'expected-cost-on-wrong-entry-type'],
    ]);
    expect(balances(v.glEntries)).toEqual({ '2130': '10.00', '7291': '-10.00' });
    expect(v.reportTotals.Inventory).toBe('10.00');
    expect(v.message).toBe(
      '1 value entry has been posted to the general ledger as 2 G/L entries. 5 value entries were skipped.',
    );
  });
});

describe('request', () => {
  it('needs a Document No. per posting group and refuses one per entry, in preview too', () => {
    const ds = withEntries(baseDataset(), [ve({ costAmountActual: '1.00' })]);
    const codes = (req: PostInventoryCostRequest) => {
      const r = postInventoryCostToGL(ds, req);
      return r.ok ? [] : r.problems.map((p) => p.code);
    };
    expect(codes({ postingMethod: 'Per Posting Group', post: false })).toEqual(['document-no-required']);
    expect(codes({ postingMethod: 'Per Posting Group', documentNo: '  ', post: true })).toEqual([
      'document-no-required',
    ]);
    expect(codes({ postingMethod: 'Per Entry', documentNo: 'X', post: false })).toEqual(['document-no-not-allowed']);
    expect(codes({ postingMethod: 'Per Entry', post: false, dateFilter: '2026-13-01..' })).toEqual(['date-invalid']);
  });

  it('previews exactly the lines a real run posts', () => {
    const ds = withEntries(baseDataset(), [
      ve({ costAmountActual: '1.00' }),
      ve({ itemLedgerEntryType: 'Sale', costAmountActual: '-1.00' }),
    ]);
    const preview = run(ds, { ...PER_GROUP, post: false });
    const real = run(ds, PER_GROUP);
    expect(preview.glEntries).toEqual(real.glEntries);
    expect(preview.relations).toEqual(real.relations);
    expect(preview.message).toBe('Preview: 2 value entries would be posted to the general ledger as 4 G/L entries.');
  });
});
