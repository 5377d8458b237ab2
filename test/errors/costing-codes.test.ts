// Transaction problem codes of the costing engine: one refused input per code, with its location.
import { describe, expect, it } from 'vitest';
import { CostingEngine, engineCopy, postItemTransaction, type ItemTransactionAction } from '../../src/core/costing';
import { testDataset } from '../core/costing/fixtures';

const buy = (itemNo: string, quantity = '5'): ItemTransactionAction => ({
  action: 'purchase',
  postingDate: '2024-01-02',
  documentNo: 'P1',
  itemNo,
  locationCode: 'BLUE',
  quantity,
  directUnitCost: '10',
  receive: true,
  invoice: true,
});

function withStock(itemNo: string, opts: Parameters<typeof testDataset>[0] = {}) {
  const engine = new CostingEngine(testDataset(opts));
  const r = engine.post(buy(itemNo));
  if (!r.ok) throw new Error('setup purchase refused');
  return engine.dataset;
}

function refused(ds: ReturnType<typeof testDataset>, action: ItemTransactionAction) {
  const before = JSON.stringify(ds);
  const r = postItemTransaction(ds, action);
  expect(JSON.stringify(ds)).toBe(before);
  if (r.ok) throw new Error('expected the transaction to be refused');
  return r.problems;
}

describe('costing problem codes', () => {
  it('unknown-item names the item no.', () => {
    const [p] = refused(testDataset(), buy('NOPE'));
    expect(p).toMatchObject({ code: 'unknown-item', where: { field: 'itemNo', value: 'NOPE' } });
  });

  it('unknown-location names the location code', () => {
    const [p] = refused(testDataset(), { ...buy('FIFO'), locationCode: 'MARS' } as ItemTransactionAction);
    expect(p).toMatchObject({ code: 'unknown-location', where: { field: 'locationCode', value: 'MARS' } });
  });

  it('applies-to-entry-invalid names the entry', () => {
    const ds = withStock('FIFO');
    const [p] = refused(ds, {
      action: 'sale',
      postingDate: '2024-01-03',
      documentNo: 'S1',
      itemNo: 'FIFO',
      locationCode: 'BLUE',
      quantity: '1',
      ship: true,
      invoice: true,
      appliesToEntry: 99,
    });
    expect(p).toMatchObject({ code: 'applies-to-entry-invalid', where: { field: 'appliesToEntry', entryNo: 99 } });
  });

  it('quantity-exceeds-open-quantity names the applied entry and quantity', () => {
    const ds = withStock('FIFO');
    const [p] = refused(ds, {
      action: 'negativeAdjmt',
      postingDate: '2024-01-03',
      documentNo: 'N1',
      itemNo: 'FIFO',
      locationCode: 'BLUE',
      quantity: '6',
      appliesToEntry: 1,
    });
    expect(p).toMatchObject({
      code: 'quantity-exceeds-open-quantity',
      where: { field: 'quantity', entryNo: 1, value: '6' },
    });
  });

  it('costing-method-needs-applies-to for a Specific item', () => {
    const ds = withStock('SPEC');
    const [p] = refused(ds, {
      action: 'sale',
      postingDate: '2024-01-03',
      documentNo: 'S1',
      itemNo: 'SPEC',
      locationCode: 'BLUE',
      quantity: '1',
      ship: true,
      invoice: true,
    });
    expect(p).toMatchObject({ code: 'costing-method-needs-applies-to', where: { field: 'appliesToEntry' } });
  });

  it('insufficient-quantity when negative inventory is prevented', () => {
    const ds = withStock('FIFO', { preventNegativeInventory: true });
    const [p] = refused(ds, {
      action: 'sale',
      postingDate: '2024-01-03',
      documentNo: 'S1',
      itemNo: 'FIFO',
      locationCode: 'BLUE',
      quantity: '6',
      ship: true,
      invoice: true,
    });
    expect(p).toMatchObject({ code: 'insufficient-quantity', where: { field: 'quantity', value: '6' } });
  });

  it('automatic cost posting refuses the transaction when an account does not resolve', () => {
    const ds = engineCopy(testDataset({ automaticCostPosting: true }));
    ds.generalPostingSetup = ds.generalPostingSetup.filter((g) => g.genBusPostingGroup !== 'DOMESTIC');
    const problems = refused(ds, { ...buy('FIFO'), genBusPostingGroup: 'DOMESTIC' } as ItemTransactionAction);
    expect(problems.map((p) => p.code)).toContain('missing-general-posting-setup');
  });

  it('with automatic cost posting off the check-only run still refuses', () => {
    const ds = engineCopy(testDataset({ automaticCostPosting: false }));
    ds.generalPostingSetup = ds.generalPostingSetup.filter((g) => g.genBusPostingGroup !== 'DOMESTIC');
    const problems = refused(ds, { ...buy('FIFO'), genBusPostingGroup: 'DOMESTIC' } as ItemTransactionAction);
    expect(problems.map((p) => p.code)).toContain('missing-general-posting-setup');
  });
});
