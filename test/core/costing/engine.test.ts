// Engine behaviour beyond the scenarios, with hand-checked numbers: partial invoices, adjustment
// posting dates under Allow Posting From, automatic cost adjustment, Specific, production.
import { describe, expect, it } from 'vitest';
import { CostingEngine, type ItemTransactionAction } from '../../../src/core/costing';
import { sumDecimals } from '../../../src/core/money';
import type { Dataset } from '../../../src/core/model';
import { testDataset } from './fixtures';

function posted(engine: CostingEngine, a: ItemTransactionAction) {
  const r = engine.post(a);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value.changes;
}

const buy = (itemNo: string, date: string, quantity: string, cost: string, invoice = true): ItemTransactionAction => ({
  action: 'purchase',
  postingDate: date,
  documentNo: `P-${date}`,
  itemNo,
  locationCode: 'BLUE',
  genBusPostingGroup: 'DOMESTIC',
  quantity,
  directUnitCost: cost,
  receive: true,
  invoice,
});
const sell = (
  itemNo: string,
  date: string,
  quantity: string,
  extra: Partial<ItemTransactionAction> = {},
): ItemTransactionAction =>
  ({
    action: 'sale',
    postingDate: date,
    documentNo: `S-${date}`,
    itemNo,
    locationCode: 'BLUE',
    genBusPostingGroup: 'DOMESTIC',
    quantity,
    ship: true,
    invoice: true,
    ...extra,
  }) as ItemTransactionAction;

const value = (ds: Dataset, ileNo: number) =>
  sumDecimals(ds.valueEntries.filter((v) => v.itemLedgerEntryNo === ileNo).map((v) => v.costAmountActual)).toFixed(2);

describe('costing engine', () => {
  it('partial purchase invoices release expected cost pro rata, the last one the rest', () => {
    const e = new CostingEngine(testDataset());
    posted(e, buy('FIFO', '2024-01-01', '3', '3.33', false)); // expected 9.99
    const first = posted(e, {
      action: 'purchaseInvoice',
      of: 1,
      postingDate: '2024-01-05',
      documentNo: 'PI1',
      quantity: '1',
      directUnitCost: '4',
    });
    expect(first.valueEntries[0]).toMatchObject({
      costAmountActual: '4.00',
      costAmountExpected: '-3.33',
      invoicedQuantity: '1',
      itemLedgerEntryQuantity: '0',
      valuationDate: '2024-01-01',
    });
    const last = posted(e, {
      action: 'purchaseInvoice',
      of: 1,
      postingDate: '2024-01-06',
      documentNo: 'PI2',
      quantity: '2',
      directUnitCost: '4',
    });
    expect(last.valueEntries[0]).toMatchObject({ costAmountActual: '8.00', costAmountExpected: '-6.66' });
    expect(e.dataset.itemLedgerEntries[0]!.invoicedQuantity).toBe('3');
    const over = e.post({
      action: 'purchaseInvoice',
      of: 1,
      postingDate: '2024-01-07',
      documentNo: 'PI3',
      quantity: '1',
      directUnitCost: '4',
    });
    expect(over.ok ? [] : over.problems.map((p) => p.code)).toEqual(['quantity-exceeds-open-quantity']);
  });

  it('adjustment entries dated before Allow Posting From move to it, keeping their valuation date', () => {
    const ds = testDataset();
    ds.generalLedgerSetup.allowPostingFrom = '2024-02-01';
    const e = new CostingEngine(ds);
    posted(e, buy('FIFO', '2024-02-01', '1', '10'));
    posted(e, sell('FIFO', '2024-02-03', '1'));
    e.dataset.generalLedgerSetup.allowPostingFrom = '2024-03-01';
    posted(e, {
      action: 'itemCharge',
      postingDate: '2024-03-05',
      documentNo: 'C1',
      appliesToEntry: 1,
      amount: '2',
      genBusPostingGroup: 'DOMESTIC',
    });
    const adj = e.adjustCost();
    expect(adj.ok && adj.value.valueEntries).toMatchObject([
      {
        itemLedgerEntryNo: 2,
        postingDate: '2024-03-01',
        valuationDate: '2024-02-03',
        costAmountActual: '-2.00',
        adjustment: true,
      },
    ]);
  });

  it('Automatic Cost Adjustment Always forwards an item charge in the same posting, posted with ACP', () => {
    const ds = testDataset({ automaticCostPosting: true });
    ds.inventorySetup.automaticCostAdjustment = 'Always';
    const e = new CostingEngine(ds);
    posted(e, buy('FIFO', '2024-01-01', '1', '10'));
    posted(e, sell('FIFO', '2024-01-15', '1'));
    const c = posted(e, {
      action: 'itemCharge',
      postingDate: '2024-02-10',
      documentNo: 'C1',
      appliesToEntry: 1,
      amount: '2',
      genBusPostingGroup: 'DOMESTIC',
    });
    expect(c.valueEntries.map((v) => [v.itemLedgerEntryNo, v.costAmountActual, v.adjustment])).toEqual([
      [1, '2.00', false],
      [2, '-2.00', true],
    ]);
    expect(c.glEntries.map((g) => [g.glAccountNo, g.amount])).toEqual([
      ['2130', '2.00'],
      ['7291', '-2.00'],
      ['2130', '-2.00'],
      ['7290', '2.00'],
    ]);
  });

  it('Automatic Cost Adjustment Day leaves a posting outside the window to the batch job', () => {
    const ds = testDataset();
    ds.inventorySetup.automaticCostAdjustment = 'Day';
    ds.workDate = '2024-01-31';
    const e = new CostingEngine(ds);
    posted(e, buy('FIFO', '2024-01-01', '1', '10'));
    posted(e, sell('FIFO', '2024-01-15', '1'));
    const c = posted(e, {
      action: 'itemCharge',
      postingDate: '2024-01-20',
      documentNo: 'C1',
      appliesToEntry: 1,
      amount: '2',
    });
    expect(c.valueEntries).toHaveLength(1);
    const d = e.post(
      { action: 'itemCharge', postingDate: '2024-01-31', documentNo: 'C2', appliesToEntry: 1, amount: '3' },
      { workDate: '2024-01-31' },
    );
    expect(d.ok && d.value.changes.valueEntries.map((v) => v.costAmountActual)).toEqual(['3.00', '-5.00']);
  });

  it('Specific and LIFO value the outbound at the chosen entry', () => {
    const e = new CostingEngine(testDataset());
    for (const [i, c] of ['10', '20', '30'].entries()) {
      posted(e, buy('SPEC', '2024-01-01', '1', c));
      posted(e, buy('LIFO', '2024-01-01', '1', c));
      expect(i).toBeLessThan(3);
    }
    const s = posted(e, sell('SPEC', '2024-02-01', '1', { appliesToEntry: 3 }));
    expect(s.valueEntries[0]!.costAmountActual).toBe('-20.00');
    const l = posted(e, sell('LIFO', '2024-02-01', '1'));
    expect(l.valueEntries[0]!.costAmountActual).toBe('-30.00');
  });

  it('negative inventory: the later receipt closes the open sale and Adjust Cost values it', () => {
    const e = new CostingEngine(testDataset());
    posted(e, sell('FIFO', '2024-01-01', '2'));
    expect(e.dataset.itemLedgerEntries[0]).toMatchObject({ remainingQuantity: '-2', open: true });
    posted(e, buy('FIFO', '2024-01-05', '2', '7.5'));
    expect(e.dataset.itemLedgerEntries[0]).toMatchObject({ remainingQuantity: '0', open: false });
    const adj = e.adjustCost();
    expect(adj.ok && adj.value.valueEntries.map((v) => [v.itemLedgerEntryNo, v.costAmountActual])).toEqual([
      [1, '-15.00'],
    ]);
    expect(value(e.dataset, 1)).toBe('-15.00');
  });

  it('production: output at expected cost until finished, then material + capacity as actual cost', () => {
    const e = new CostingEngine(testDataset());
    posted(e, buy('FIFO', '2024-01-01', '2', '10'));
    posted(e, {
      action: 'consumption',
      postingDate: '2024-01-02',
      documentNo: 'PO1',
      productionOrderNo: 'PO1',
      sourceItemNo: 'AVG',
      itemNo: 'FIFO',
      locationCode: 'BLUE',
      quantity: '2',
    });
    const cap = posted(e, {
      action: 'capacity',
      postingDate: '2024-01-02',
      documentNo: 'PO1',
      productionOrderNo: 'PO1',
      sourceItemNo: 'AVG',
      directCost: '5',
      indirectCost: '0.5',
    });
    expect(
      cap.valueEntries.map((v) => [
        v.itemLedgerEntryNo,
        v.itemLedgerEntryType,
        v.orderType,
        v.entryType,
        v.costAmountActual,
      ]),
    ).toEqual([
      [0, '', 'Production', 'Direct Cost', '5.00'],
      [0, '', 'Production', 'Indirect Cost', '0.50'],
    ]);
    posted(e, {
      action: 'output',
      postingDate: '2024-01-03',
      documentNo: 'PO1',
      productionOrderNo: 'PO1',
      itemNo: 'AVG',
      locationCode: 'BLUE',
      quantity: '1',
    });
    expect(e.adjustCost().ok && value(e.dataset, 3)).toBe('0.00');
    posted(e, { action: 'finishProductionOrder', postingDate: '2024-01-04', productionOrderNo: 'PO1' });
    const adj = e.adjustCost();
    expect(
      adj.ok && adj.value.valueEntries.map((v) => [v.itemLedgerEntryNo, v.costAmountActual, v.costAmountExpected]),
    ).toEqual([[3, '25.50', '0.00']]);
  });
});
