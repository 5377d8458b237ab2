// Production at finish + Adjust Cost and revaluation of Standard items, against hand-checked numbers:
// worked example 5's bike chain (LINK/CHAIN standard costs) with chosen single-level costs.
import { describe, expect, it } from 'vitest';
import { CostingEngine, postItemTransaction, type ItemTransactionAction } from '../../../src/core/costing';
import { sumDecimals } from '../../../src/core/money';
import { applyDatasetChanges, defaultItem, type Dataset } from '../../../src/core/model';
import { testDataset } from './fixtures';

function posted(engine: CostingEngine, a: ItemTransactionAction) {
  const r = engine.post(a);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value.changes;
}

/** LINK std 1.00 (+0.02 overhead), CHAIN std 150.00 = single-level 100 + 30 + 0 + 5 + 15, overhead rate 25. */
function bikeChainDataset(): Dataset {
  const ds = testDataset({ automaticCostPosting: true, expectedCostPostingToGL: true });
  const common = { inventoryPostingGroup: 'RESALE', genProdPostingGroup: 'RETAIL', costingMethod: 'Standard' as const };
  ds.items.push(defaultItem({ ...common, no: 'LINK', standardCost: '1.00', unitCost: '1.00', overheadRate: '0.02' }));
  ds.items.push(
    defaultItem({
      ...common,
      no: 'CHAIN',
      standardCost: '150.00',
      unitCost: '150.00',
      overheadRate: '25.00',
      singleLevelMaterialCost: '100.00',
      singleLevelCapacityCost: '30.00',
      singleLevelSubcontrdCost: '0',
      singleLevelCapOvhdCost: '5.00',
      singleLevelMfgOvhdCost: '15.00',
    }),
  );
  return ds;
}

const order = { documentNo: 'PO1', productionOrderNo: 'PO1' };

/** Example 5 steps 1–7: links bought and invoiced, consumed, 60 min capacity, one chain output. */
function chainProduced(ds = bikeChainDataset()): CostingEngine {
  const e = new CostingEngine(ds);
  const base = { postingDate: '2020-01-01', documentNo: 'P1', genBusPostingGroup: 'DOMESTIC' };
  posted(e, {
    ...base,
    action: 'purchase',
    itemNo: 'LINK',
    locationCode: 'BLUE',
    quantity: '150',
    directUnitCost: '1.10',
    receive: true,
    invoice: false,
  });
  posted(e, { ...base, action: 'purchaseInvoice', of: 1, quantity: '150', directUnitCost: '1.10' });
  posted(e, {
    ...order,
    action: 'consumption',
    postingDate: '2020-02-01',
    sourceItemNo: 'CHAIN',
    itemNo: 'LINK',
    locationCode: 'BLUE',
    quantity: '150',
  });
  posted(e, {
    ...order,
    action: 'capacity',
    postingDate: '2020-02-01',
    sourceItemNo: 'CHAIN',
    directCost: '120',
    indirectCost: '12',
  });
  posted(e, {
    ...order,
    action: 'output',
    postingDate: '2020-02-15',
    itemNo: 'CHAIN',
    locationCode: 'BLUE',
    quantity: '1',
  });
  return e;
}

const balance = (ds: Dataset, account: string) =>
  sumDecimals(ds.glEntries.filter((g) => g.glAccountNo === account).map((g) => g.amount)).toFixed(2);

describe('production output at finish + Adjust Cost', () => {
  it('Standard output: Direct Cost 282 (expected 150 reversed), Indirect 25, variances −157 by type', () => {
    const e = chainProduced();
    expect(e.adjustCost().ok && e.dataset.valueEntries.filter((v) => v.itemLedgerEntryNo === 3)).toHaveLength(1);
    posted(e, { action: 'finishProductionOrder', postingDate: '2020-02-15', productionOrderNo: 'PO1' });
    const adj = e.adjustCost();
    if (!adj.ok) throw new Error(adj.problems[0]?.message);
    expect(
      adj.value.valueEntries.map((v) => [
        v.itemLedgerEntryNo,
        v.entryType,
        v.varianceType,
        v.costAmountActual,
        v.costAmountExpected,
        v.valuationDate,
      ]),
    ).toEqual([
      [3, 'Direct Cost', '', '282.00', '-150.00', '2020-02-15'],
      [3, 'Indirect Cost', '', '25.00', '0.00', '2020-02-15'],
      // 1 × single-level cost − actual: 100 − 150, 30 − 120, 5 − 12, 15 − 25 (subcontracted 0 − 0: none).
      [3, 'Variance', 'Material', '-50.00', '0.00', '2020-02-15'],
      [3, 'Variance', 'Capacity', '-90.00', '0.00', '2020-02-15'],
      [3, 'Variance', 'Capacity Overhead', '-7.00', '0.00', '2020-02-15'],
      [3, 'Variance', 'Manufacturing Overhead', '-10.00', '0.00', '2020-02-15'],
    ]);
    const ds = e.dataset;
    const chainCost = ds.valueEntries.filter((v) => v.itemLedgerEntryNo === 3);
    expect(sumDecimals(chainCost.map((v) => v.costAmountActual)).toFixed(2)).toBe('150.00');
    expect(sumDecimals(chainCost.map((v) => v.costAmountExpected)).toFixed(2)).toBe('0.00');
    // T-accounts: WIP and interim cleared; LINK 150 − 150 + CHAIN 150 on Inventory; variances by type.
    expect(balance(ds, '2140')).toBe('0.00');
    expect(balance(ds, '2131')).toBe('0.00');
    expect(balance(ds, '2130')).toBe('150.00');
    expect(['7890', '7891', '7892', '7893', '7894'].map((a) => balance(ds, a))).toEqual([
      '50.00',
      '90.00',
      '0.00',
      '7.00',
      '10.00',
    ]);
    // Overhead Applied: LINK 3 + capacity 12 + CHAIN 25; Direct Cost Applied: LINK 165 + capacity 120.
    expect(balance(ds, '7292')).toBe('-40.00');
    expect(balance(ds, '7291')).toBe('-285.00');
    expect(e.adjustCost().ok && e.adjustCost()).toMatchObject({ ok: true, value: { valueEntries: [] } });
  });

  it('non-standard output: expected reversed, material + capacity + overhead as Direct, item overhead as Indirect', () => {
    const ds = bikeChainDataset();
    const chain = ds.items.find((i) => i.no === 'CHAIN')!;
    Object.assign(chain, { costingMethod: 'FIFO', unitCost: '140.00', indirectCostPercent: '10', overheadRate: '2' });
    const e = chainProduced(ds);
    posted(e, { action: 'finishProductionOrder', postingDate: '2020-02-15', productionOrderNo: 'PO1' });
    const adj = e.adjustCost();
    if (!adj.ok) throw new Error(adj.problems[0]?.message);
    // Direct 150 + 120 + 12 = 282; Indirect Round(282 × 10 % + 1 × 2) = 30.20; expected 1 × 140 reversed.
    expect(adj.value.valueEntries.map((v) => [v.entryType, v.costAmountActual, v.costAmountExpected])).toEqual([
      ['Direct Cost', '282.00', '-140.00'],
      ['Indirect Cost', '30.20', '0.00'],
    ]);
    expect(balance(e.dataset, '2140')).toBe('0.00');
  });

  it("a later invoice of the consumed FIFO links raises the chain's Direct Cost and its material variance", () => {
    const ds = bikeChainDataset();
    Object.assign(
      ds.items.find((i) => i.no === 'LINK')!,
      { costingMethod: 'FIFO' },
    );
    const e = new CostingEngine(ds);
    const common = { genBusPostingGroup: 'DOMESTIC', locationCode: 'BLUE' };
    posted(e, {
      ...common,
      action: 'purchase',
      postingDate: '2020-01-01',
      documentNo: 'P1',
      itemNo: 'LINK',
      quantity: '150',
      directUnitCost: '1.00',
      receive: true,
      invoice: false,
    });
    posted(e, {
      ...order,
      ...common,
      action: 'consumption',
      postingDate: '2020-02-01',
      sourceItemNo: 'CHAIN',
      itemNo: 'LINK',
      quantity: '150',
    });
    posted(e, {
      ...order,
      action: 'capacity',
      postingDate: '2020-02-01',
      sourceItemNo: 'CHAIN',
      directCost: '120',
      indirectCost: '12',
    });
    posted(e, { ...order, ...common, action: 'output', postingDate: '2020-02-15', itemNo: 'CHAIN', quantity: '1' });
    posted(e, { action: 'finishProductionOrder', postingDate: '2020-02-15', productionOrderNo: 'PO1' });
    expect(e.adjustCost().ok).toBe(true);
    // Received at 150 × 1.00 + 3 overhead = 153 (consumed at that); invoiced at 165 + 3 = 168: material +15.
    posted(e, {
      action: 'purchaseInvoice',
      postingDate: '2020-03-01',
      documentNo: 'PI1',
      of: 1,
      quantity: '150',
      directUnitCost: '1.10',
    });
    const adj = e.adjustCost();
    if (!adj.ok) throw new Error(adj.problems[0]?.message);
    expect(
      adj.value.valueEntries.map((v) => [
        v.itemNo,
        v.itemLedgerEntryNo,
        v.entryType,
        v.varianceType,
        v.costAmountActual,
      ]),
    ).toEqual([
      // CHAIN sorts before LINK: the second round re-adjusts it after LINK's consumption moved.
      ['LINK', 2, 'Direct Cost', '', '-15.00'],
      ['CHAIN', 3, 'Direct Cost', '', '15.00'],
      ['CHAIN', 3, 'Variance', 'Material', '-15.00'],
    ]);
    const chain = e.dataset.valueEntries.filter((v) => v.itemLedgerEntryNo === 3);
    expect(sumDecimals(chain.map((v) => v.costAmountActual)).toFixed(2)).toBe('150.00');
    expect(balance(e.dataset, '2140')).toBe('0.00');
  });
});

describe('revaluation of a Standard item', () => {
  it('sets the standard and unit cost to the new unit cost (changes carry the item)', () => {
    const ds = bikeChainDataset();
    const buy = postItemTransaction(ds, {
      action: 'purchase',
      postingDate: '2020-01-01',
      documentNo: 'P1',
      genBusPostingGroup: 'DOMESTIC',
      itemNo: 'CHAIN',
      locationCode: 'BLUE',
      quantity: '2',
      directUnitCost: '150',
      receive: true,
      invoice: true,
    });
    if (!buy.ok) throw new Error();
    applyDatasetChanges(ds, buy.value);
    const r = postItemTransaction(ds, {
      action: 'revaluation',
      postingDate: '2020-03-01',
      documentNo: 'R1',
      itemNo: 'CHAIN',
      newUnitCost: '140.00',
    });
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.valueEntries.map((v) => [v.entryType, v.costAmountActual])).toEqual([['Revaluation', '-20.00']]);
    expect(r.value.items.map((i) => [i.no, i.standardCost, i.unitCost])).toEqual([['CHAIN', '140', '140']]);
    expect(ds.items.find((i) => i.no === 'CHAIN')?.standardCost).toBe('150.00');
    applyDatasetChanges(ds, r.value);
    expect(ds.items.find((i) => i.no === 'CHAIN')?.standardCost).toBe('140');
    // The next receipt is valued at the new standard cost.
    const next = postItemTransaction(ds, {
      action: 'purchase',
      postingDate: '2020-03-02',
      documentNo: 'P2',
      genBusPostingGroup: 'DOMESTIC',
      itemNo: 'CHAIN',
      locationCode: 'BLUE',
      quantity: '1',
      directUnitCost: '150',
      receive: true,
      invoice: true,
    });
    expect(next.ok && next.value.valueEntries.map((v) => [v.entryType, v.costAmountActual])).toEqual([
      ['Direct Cost', '150.00'],
      ['Indirect Cost', '25.00'],
      ['Variance', '-35.00'],
    ]);
  });

  it('a non-Standard item keeps its costs', () => {
    const e = new CostingEngine(testDataset());
    posted(e, {
      action: 'positiveAdjmt',
      postingDate: '2020-01-01',
      documentNo: 'A1',
      itemNo: 'FIFO',
      locationCode: 'BLUE',
      quantity: '1',
      unitCost: '5',
    });
    const c = posted(e, {
      action: 'revaluation',
      postingDate: '2020-01-02',
      documentNo: 'R',
      itemNo: 'FIFO',
      newUnitCost: '7',
    });
    expect(c.items).toEqual([]);
    expect(e.dataset.items.find((i) => i.no === 'FIFO')?.unitCost).toBe('0');
  });
});
