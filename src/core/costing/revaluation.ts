// Revaluation of one inbound entry (applies-to) or of every open inbound entry of the item posted on
// or before the date: Revaluation value entry = Round(remaining qty × (new − current unit cost)); a
// Standard item's standard cost becomes the new unit cost.
import type { ItemLedgerEntry } from '../model';
import { dec, formatPlain } from '../money';
import { problem } from '../problems';
import type { RevaluationAction } from './types';
import { requireItem, type PostCtx } from './context';
import { amountText, roundAmount, valueEntryFor } from './entries';

export function postRevaluation(c: PostCtx, a: RevaluationAction): void {
  const item = requireItem(c, a.itemNo);
  if (!item) return;
  const newUnit = dec(a.newUnitCost);
  let targets: ItemLedgerEntry[];
  if (a.appliesToEntry !== undefined && a.appliesToEntry !== null) {
    const e = c.txn.ile(a.appliesToEntry);
    if (!e || e.itemNo !== item.no || !e.positive || !e.open) {
      c.txn.fail(
        problem(
          'applies-to-entry-invalid',
          `Item ledger entry ${a.appliesToEntry} is not an open inbound entry of item ${item.no}.`,
          {
            table: 'itemLedgerEntries',
            field: 'appliesToEntry',
            entryNo: a.appliesToEntry,
            value: String(a.appliesToEntry),
          },
          'Revalue an open inbound entry, or leave applies-to blank to revalue the item.',
        ),
      );
      return;
    }
    targets = [e];
  } else {
    targets = [];
    for (const no of c.txn.idx.ilesByItem.get(item.no) ?? []) {
      const e = c.txn.ile(no);
      if (e && e.positive && e.open && e.postingDate <= a.postingDate) targets.push(e);
    }
  }
  if (item.costingMethod === 'Standard') {
    // BC: revaluing a Standard item makes the revalued unit cost its standard (and unit) cost.
    const cost = formatPlain(newUnit);
    c.txn.setItem({ ...item, standardCost: cost, unitCost: cost });
  }
  const origin = { genBusPostingGroup: '', sourceNo: a.sourceNo ?? '', dimensions: a.dimensions ?? {} };
  for (const e of targets) {
    const rem = dec(e.remainingQuantity);
    const current = c.txn.totalCostOf(e.entryNo).div(dec(e.quantity));
    const amount = roundAmount(c.p, rem.mul(newUnit.minus(current)));
    if (amount.isZero()) continue;
    // Invoiced Quantity carries the revalued quantity (BC's Valued Quantity) for Adjust Cost.
    c.txn.addVe(
      valueEntryFor(e, item, origin, {
        postingDate: a.postingDate,
        valuationDate: a.postingDate,
        documentNo: a.documentNo,
        entryType: 'Revaluation',
        itemLedgerEntryQuantity: '0',
        invoicedQuantity: formatPlain(rem),
        costPerUnit: formatPlain(newUnit),
        costAmountActual: amountText(c.p, amount),
      }),
    );
  }
}
