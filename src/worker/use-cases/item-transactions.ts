// Item transactions (purchase, sale, adjustments, transfers, revaluation, production) and
// Adjust Cost – Item Entries: planned by core/costing, written in one transaction.
import { adjustCostItemEntries, postItemTransaction as planItemTransaction } from '../../core/costing';
import type { ItemTransactionAction, TransactionContext } from '../../core/costing';
import type { DatasetChanges } from '../../core/model';
import { ok, type Result } from '../../core/problems';
import type { DatasetSummary } from '../../storage';
import type { EngineContext } from '../engine-context';
import { planAndWrite } from './plan-and-write';

/** What a transaction created, counted (the entries themselves are read through pages). */
export interface ChangeCounts {
  itemLedgerEntries: number;
  valueEntries: number;
  glEntries: number;
  /** Entry nos. of the new item ledger entries (an action id's entry, for later applications). */
  itemLedgerEntryNos: number[];
  valueEntryNos: number[];
}

export interface WriteOutcome {
  created: ChangeCounts;
  dataset: DatasetSummary | null;
}

function countsOf(c: DatasetChanges): ChangeCounts {
  return {
    itemLedgerEntries: c.itemLedgerEntries.length,
    valueEntries: c.valueEntries.length,
    glEntries: c.glEntries.length,
    itemLedgerEntryNos: c.itemLedgerEntries.map((e) => e.entryNo),
    valueEntryNos: c.valueEntries.map((e) => e.entryNo),
  };
}

async function write(
  ctx: EngineContext,
  datasetId: string,
  plan: Parameters<typeof planAndWrite<ChangeCounts>>[2],
): Promise<Result<WriteOutcome>> {
  const r = await planAndWrite(ctx, datasetId, plan);
  return r.ok ? ok({ created: r.value.value, dataset: r.value.dataset }, r.warnings) : r;
}

export function postItemTransaction(
  ctx: EngineContext,
  datasetId: string,
  action: ItemTransactionAction,
  context: TransactionContext = {},
): Promise<Result<WriteOutcome>> {
  return write(ctx, datasetId, (ds) => {
    const r = planItemTransaction(ds, action, context);
    return r.ok ? ok({ changes: r.value, value: countsOf(r.value) }, r.warnings) : r;
  });
}

export function adjustCost(
  ctx: EngineContext,
  datasetId: string,
  options: { itemNos?: string[] } = {},
): Promise<Result<WriteOutcome>> {
  return write(ctx, datasetId, (ds) => {
    const r = adjustCostItemEntries(ds, options);
    return r.ok ? ok({ changes: r.value, value: countsOf(r.value) }, r.warnings) : r;
  });
}
