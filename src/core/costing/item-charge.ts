// Item charge (freight etc.) assigned to an inbound entry: a Direct Cost value entry with invoiced
// quantity 0; for a Standard item a Purchase Variance entry takes it back out of inventory value.
import { dec } from '../money';
import type { ItemChargeAction } from './types';
import { checkEntry, requireItem, type PostCtx } from './context';
import { amountText, valueEntryFor } from './entries';

export function postItemCharge(c: PostCtx, a: ItemChargeAction): void {
  const ile = checkEntry(c, a.appliesToEntry, 'appliesToEntry', { positive: true });
  if (!ile) return;
  const item = requireItem(c, ile.itemNo);
  if (!item) return;
  const amount = dec(a.amount);
  const origin = {
    genBusPostingGroup: a.genBusPostingGroup ?? '',
    sourceType: 'Vendor' as const,
    sourceNo: a.sourceNo ?? '',
    dimensions: a.dimensions ?? {},
  };
  const base = {
    postingDate: a.postingDate,
    documentNo: a.documentNo,
    valuationDate: ile.postingDate,
    itemLedgerEntryQuantity: '0',
    invoicedQuantity: '0',
    itemChargeNo: a.itemChargeNo ?? '',
  };
  c.txn.addVe(valueEntryFor(ile, item, origin, { ...base, costAmountActual: amountText(c.p, amount) }));
  if (item.costingMethod === 'Standard') {
    c.txn.addVe(
      valueEntryFor(ile, item, origin, {
        ...base,
        entryType: 'Variance',
        varianceType: 'Purchase',
        costAmountActual: amountText(c.p, amount.neg()),
      }),
    );
  }
}
