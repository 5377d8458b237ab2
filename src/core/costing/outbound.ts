// An outbound entry valued by application (a sale, or a purchase return): its item ledger entry, its
// application to inbound entries, and one Direct Cost value entry at the applied cost — expected until invoiced.
import type { Item, ItemLedgerEntry } from '../model';
import { type Decimal, formatPlain } from '../money';
import { applyOutbound } from './application';
import { checkAppliesToInbound, checkOutbound, type PostCtx } from './context';
import { amountText, newIleFields, unitCostText, valueEntryFor, type VeOrigin } from './entries';

export interface AppliedOutbound {
  entryType: 'Sale' | 'Purchase';
  postingDate: string;
  documentNo: string;
  appliesToEntry: number | null;
  invoice: boolean;
  origin: VeOrigin;
  /** Sales amount of the invoiced quantity (sales only). */
  salesAmountActual?: string;
}

/** Posts `qty` (positive) out of `loc`; null when a check refused it (the problem is on the transaction). */
export function postAppliedOutbound(
  c: PostCtx,
  item: Item,
  loc: string,
  qty: Decimal,
  o: AppliedOutbound,
): ItemLedgerEntry | null {
  const fixed = o.appliesToEntry;
  if (fixed !== null && !checkAppliesToInbound(c, item, fixed, qty, loc)) return null;
  if (!checkOutbound(c, item, loc, qty, fixed)) return null;
  const ile = c.txn.createIle(
    newIleFields({
      itemNo: item.no,
      postingDate: o.postingDate,
      entryType: o.entryType,
      documentNo: o.documentNo,
      locationCode: loc,
      quantity: qty.neg(),
      invoiced: o.invoice,
      appliesToEntry: fixed,
    }),
  );
  const val = applyOutbound(c.txn, c.p, ile, item, fixed);
  const q = formatPlain(qty.neg());
  c.txn.addVe(
    valueEntryFor(ile, item, o.origin, {
      valuationDate: val.latestValuationDate,
      itemLedgerEntryQuantity: q,
      invoicedQuantity: o.invoice ? q : '0',
      costPerUnit: unitCostText(c.p, val.cost, qty),
      costAmountActual: o.invoice ? amountText(c.p, val.cost) : '0',
      costAmountExpected: o.invoice ? '0' : amountText(c.p, val.cost),
      expectedCost: !o.invoice,
      salesAmountActual: o.salesAmountActual ?? '0',
    }),
  );
  return ile;
}
