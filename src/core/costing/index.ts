// Costing engine API. For one transaction on a dataset you do not want touched, use the functions;
// for many transactions (imports, the bench) create one CostingEngine and call post() repeatedly:
// it keeps its indexes, so each posting costs O(entries of that item) instead of O(dataset).
import type { Dataset, DatasetChanges } from '../model';
import type { Result } from '../problems';
import { CostingEngine } from './engine';
import type { ItemTransactionAction, TransactionContext } from './types';

export { CostingEngine, type PostedTransaction } from './engine';
export type * from './types';

/** A working copy the engine may mutate: arrays and the entries it changes in place are copied. */
export function engineCopy(ds: Dataset): Dataset {
  return {
    ...ds,
    items: [...ds.items],
    itemLedgerEntries: ds.itemLedgerEntries.map((e) => ({ ...e })),
    valueEntries: ds.valueEntries.map((v) => ({ ...v })),
    itemApplicationEntries: [...ds.itemApplicationEntries],
    glEntries: [...ds.glEntries],
    glItemLedgerRelations: [...ds.glItemLedgerRelations],
  };
}

/** Posts one item transaction (automatic cost posting and adjustment included); `ds` is not changed. */
export function postItemTransaction(
  ds: Dataset,
  action: ItemTransactionAction,
  ctx: TransactionContext = {},
): Result<DatasetChanges> {
  const r = new CostingEngine(engineCopy(ds)).post(action, ctx);
  return r.ok ? { ok: true, value: r.value.changes, warnings: r.warnings } : r;
}

/** Adjust Cost – Item Entries (automatic cost posting when it is on); `ds` is not changed. */
export function adjustCostItemEntries(ds: Dataset, options: { itemNos?: string[] } = {}): Result<DatasetChanges> {
  return new CostingEngine(engineCopy(ds)).adjustCost(options);
}
