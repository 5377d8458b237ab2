// The engine's cached Automatic Cost Posting context: G/L entry nos. continue after entries appended
// by others, and replaced setup (a blocked account) is seen by the next posting.
import { describe, expect, it } from 'vitest';
import { CostingEngine, type ItemTransactionAction } from '../../../src/core/costing';
import { defaultGLEntry } from '../../../src/core/model';
import { testDataset } from './fixtures';

const buy = (documentNo: string): ItemTransactionAction => ({
  action: 'purchase',
  postingDate: '2024-01-01',
  documentNo,
  itemNo: 'FIFO',
  locationCode: 'BLUE',
  genBusPostingGroup: 'DOMESTIC',
  quantity: '1',
  directUnitCost: '10',
  receive: true,
  invoice: true,
});

describe('automatic cost posting in an engine session', () => {
  it('numbers G/L entries after entries appended between postings', () => {
    const e = new CostingEngine(testDataset({ automaticCostPosting: true }));
    const first = e.post(buy('P1'));
    expect(first.ok && first.value.changes.glEntries.map((g) => g.entryNo)).toEqual([1, 2]);
    e.dataset.glEntries.push(defaultGLEntry({ entryNo: 10, glAccountNo: '2130', amount: '0' }));
    const second = e.post(buy('P2'));
    expect(second.ok && second.value.changes.glEntries.map((g) => g.entryNo)).toEqual([11, 12]);
  });

  it('rebuilds its context when setup is replaced', () => {
    const e = new CostingEngine(testDataset({ automaticCostPosting: true }));
    expect(e.post(buy('P1')).ok).toBe(true);
    const ds = e.dataset;
    ds.glAccounts = ds.glAccounts.map((a) => (a.no === '7291' ? { ...a, blocked: true } : a));
    const r = e.post(buy('P2'));
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['gl-account-blocked']);
  });
});
