// Sales: shipment (expected cost), invoice (actual cost, expected released, sales amount), sales
// returns (exact cost reversal when applied from the sale, else the current unit cost).
import type { Item, ItemLedgerEntry } from '../model';
import { type Decimal, ZERO, dec, formatPlain } from '../money';
import { problem } from '../problems';
import type { SaleAction, SaleInvoiceAction } from './types';
import { applyInbound, itemUnitCost } from './application';
import { checkEntry, requireItem, requireLocation, requireQuantity, type PostCtx } from './context';
import { amountText, newIleFields, roundAmount, unitCostText, valueEntryFor, type VeOrigin } from './entries';
import { invoiceTarget } from './invoice-target';
import { bucketKey } from './ledger-index';
import { postAppliedOutbound } from './outbound';

function originFrom(a: SaleAction): VeOrigin {
  return {
    genBusPostingGroup: a.genBusPostingGroup ?? '',
    sourceType: 'Customer',
    sourceNo: a.sourceNo ?? '',
    dimensions: a.dimensions ?? {},
  };
}

/** Sales amount of a sold (positive) or returned (negative) quantity. */
function salesAmount(c: PostCtx, qty: Decimal, unitPrice: string | undefined): string {
  return unitPrice === undefined ? '0' : amountText(c.p, qty.mul(dec(unitPrice)));
}

export function postSale(c: PostCtx, a: SaleAction): ItemLedgerEntry | null {
  const item = requireItem(c, a.itemNo);
  const loc = a.locationCode ?? '';
  const locOk = requireLocation(c, loc);
  const qty = requireQuantity(c, a.quantity);
  if (!item || !locOk || !qty) return null;
  if (a.action === 'salesReturn') return postSalesReturn(c, a, item, loc, qty);
  return postAppliedOutbound(c, item, loc, qty, {
    entryType: 'Sale',
    postingDate: a.postingDate,
    documentNo: a.documentNo,
    appliesToEntry: a.appliesToEntry ?? null,
    invoice: a.invoice,
    origin: originFrom(a),
    salesAmountActual: a.invoice ? salesAmount(c, qty, a.unitPrice) : '0',
  });
}

function postSalesReturn(c: PostCtx, a: SaleAction, item: Item, loc: string, qty: Decimal): ItemLedgerEntry | null {
  const from = a.appliesFromEntry ?? null;
  let cost: Decimal;
  if (from !== null) {
    const sale = checkEntry(c, from, 'appliesFromEntry', { positive: false });
    if (!sale) return null;
    if (sale.itemNo !== item.no) {
      c.txn.fail(
        problem(
          'applies-to-entry-invalid',
          `Item ledger entry ${from} belongs to item ${sale.itemNo}, not ${item.no}.`,
          { table: 'itemLedgerEntries', field: 'appliesFromEntry', entryNo: from, value: String(from) },
        ),
      );
      return null;
    }
    const sold = dec(sale.quantity).neg();
    if (qty.gt(sold)) {
      c.txn.fail(
        problem(
          'quantity-exceeds-open-quantity',
          `Quantity ${formatPlain(qty)} exceeds the ${formatPlain(sold)} shipped on item ledger entry ${from}.`,
          { table: 'itemLedgerEntries', field: 'quantity', entryNo: from, value: formatPlain(qty) },
        ),
      );
      return null;
    }
    cost = roundAmount(c.p, c.txn.totalCostOf(from).neg().mul(qty).div(sold));
  } else {
    cost = roundAmount(c.p, currentUnitCost(c, item, loc).mul(qty));
  }
  const invoice = a.invoice;
  const ile = c.txn.createIle(
    newIleFields({
      itemNo: item.no,
      postingDate: a.postingDate,
      entryType: 'Sale',
      documentNo: a.documentNo,
      locationCode: loc,
      quantity: qty,
      invoiced: invoice,
    }),
  );
  const q = formatPlain(qty);
  c.txn.addVe(
    valueEntryFor(ile, item, originFrom(a), {
      itemLedgerEntryQuantity: q,
      invoicedQuantity: invoice ? q : '0',
      costPerUnit: unitCostText(c.p, cost, qty),
      costAmountActual: invoice ? amountText(c.p, cost) : '0',
      costAmountExpected: invoice ? '0' : amountText(c.p, cost),
      expectedCost: !invoice,
      salesAmountActual: invoice ? salesAmount(c, qty.neg(), a.unitPrice) : '0',
    }),
  );
  applyInbound(c.txn, ile, from, null);
  return ile;
}

/** Unit cost of what is on hand at the location (value / quantity), else the item card's. */
export function currentUnitCost(c: PostCtx, item: Item, loc: string): Decimal {
  const key = bucketKey(item.no, loc);
  const qty = c.txn.onHand(item.no, loc);
  const value = c.txn.idx.onHandValue.get(key) ?? ZERO;
  if (item.costingMethod !== 'Standard' && qty.gt(0) && value.gt(0)) return value.div(qty);
  return itemUnitCost(item);
}

/** Invoice of an earlier shipment (or return receipt). */
export function postSaleInvoice(c: PostCtx, a: SaleInvoiceAction): void {
  const target = invoiceTarget(c, a, 'Sale');
  if (!target) return;
  const { ile, item, qty, release, origin } = target;
  const q = formatPlain(qty.neg());
  c.txn.addVe(
    valueEntryFor(ile, item, origin, {
      postingDate: a.postingDate,
      documentNo: a.documentNo,
      valuationDate: target.valuationDate,
      itemLedgerEntryQuantity: '0',
      invoicedQuantity: q,
      costPerUnit: unitCostText(c.p, release, qty),
      costAmountActual: amountText(c.p, release.neg()),
      costAmountExpected: amountText(c.p, release),
      salesAmountActual: salesAmount(c, qty, a.unitPrice),
    }),
  );
  const m = c.txn.mutIle(ile.entryNo);
  m.invoicedQuantity = formatPlain(dec(m.invoicedQuantity).minus(qty));
}
