// Purchases: receipt (expected cost), invoice (actual cost + reversal of expected), indirect cost,
// purchase variance for Standard items, and purchase returns (exact cost reversal when applied).
import type { Item, ItemLedgerEntry } from '../model';
import { type Decimal, dec, formatPlain } from '../money';
import type { PurchaseAction, PurchaseInvoiceAction } from './types';
import { applyInbound } from './application';
import { optionalDecimal, requireItem, requireLocation, requireQuantity, type PostCtx } from './context';
import { amountText, newIleFields, roundAmount, unitCostText, valueEntryFor, type VeOrigin } from './entries';
import { postAppliedOutbound } from './outbound';
import { invoiceTarget } from './invoice-target';

interface PurchaseCost {
  direct: Decimal;
  indirect: Decimal;
}

/** Direct cost and indirect cost = Round(qty × (direct unit cost × indirect % / 100 + overhead rate)). */
function purchaseCost(
  c: PostCtx,
  item: Item,
  qty: Decimal,
  a: { directUnitCost: string; indirectCostPercent?: string; overheadRate?: string },
): PurchaseCost {
  const unit = dec(a.directUnitCost);
  const pct = optionalDecimal(a.indirectCostPercent, item.indirectCostPercent);
  const rate = optionalDecimal(a.overheadRate, item.overheadRate);
  return {
    direct: roundAmount(c.p, qty.mul(unit)),
    indirect: roundAmount(c.p, qty.mul(unit.mul(pct).div(100).plus(rate))),
  };
}

function originFrom(a: {
  genBusPostingGroup?: string;
  sourceNo?: string;
  dimensions?: Record<string, string>;
}): VeOrigin {
  return {
    genBusPostingGroup: a.genBusPostingGroup ?? '',
    sourceType: 'Vendor',
    sourceNo: a.sourceNo ?? '',
    dimensions: a.dimensions ?? {},
  };
}

export function postPurchase(c: PostCtx, a: PurchaseAction): ItemLedgerEntry | null {
  const item = requireItem(c, a.itemNo);
  const loc = a.locationCode ?? '';
  const locOk = requireLocation(c, loc);
  const qty = requireQuantity(c, a.quantity);
  if (!item || !locOk || !qty) return null;
  if (a.action === 'purchaseReturn') return postPurchaseReturn(c, a, item, loc, qty);
  const invoice = a.invoice;
  const ile = c.txn.createIle(
    newIleFields({
      itemNo: item.no,
      postingDate: a.postingDate,
      entryType: 'Purchase',
      documentNo: a.documentNo,
      locationCode: loc,
      quantity: qty,
      invoiced: invoice,
    }),
  );
  const origin = originFrom(a);
  const cost = purchaseCost(c, item, qty, a);
  const standard = item.costingMethod === 'Standard' ? roundAmount(c.p, qty.mul(dec(item.standardCost))) : null;
  const q = formatPlain(qty);
  if (!invoice) {
    const expected = standard ?? cost.direct.plus(cost.indirect);
    c.txn.addVe(
      valueEntryFor(ile, item, origin, {
        itemLedgerEntryQuantity: q,
        invoicedQuantity: '0',
        costPerUnit: unitCostText(c.p, expected, qty),
        costAmountExpected: amountText(c.p, expected),
        expectedCost: true,
      }),
    );
  } else {
    c.txn.addVe(
      valueEntryFor(ile, item, origin, {
        itemLedgerEntryQuantity: q,
        invoicedQuantity: q,
        costPerUnit: unitCostText(c.p, cost.direct, qty),
        costAmountActual: amountText(c.p, cost.direct),
      }),
    );
    addIndirectAndVariance(c, ile, item, origin, a.postingDate, a.documentNo, qty, cost, standard);
  }
  applyInbound(c.txn, ile, null, null);
  return ile;
}

function addIndirectAndVariance(
  c: PostCtx,
  ile: ItemLedgerEntry,
  item: Item,
  origin: VeOrigin,
  postingDate: string,
  documentNo: string,
  qty: Decimal,
  cost: PurchaseCost,
  standard: Decimal | null,
): void {
  const base = {
    postingDate,
    documentNo,
    valuationDate: ile.postingDate,
    itemLedgerEntryQuantity: '0',
    invoicedQuantity: '0',
  };
  if (!cost.indirect.isZero()) {
    c.txn.addVe(
      valueEntryFor(ile, item, origin, {
        ...base,
        entryType: 'Indirect Cost',
        costPerUnit: unitCostText(c.p, cost.indirect, qty),
        costAmountActual: amountText(c.p, cost.indirect),
      }),
    );
  }
  if (standard !== null) {
    const variance = standard.minus(cost.direct).minus(cost.indirect);
    if (!variance.isZero()) {
      c.txn.addVe(
        valueEntryFor(ile, item, origin, {
          ...base,
          entryType: 'Variance',
          varianceType: 'Purchase',
          costPerUnit: unitCostText(c.p, variance, qty),
          costAmountActual: amountText(c.p, variance),
        }),
      );
    }
  }
}

function postPurchaseReturn(
  c: PostCtx,
  a: PurchaseAction,
  item: Item,
  loc: string,
  qty: Decimal,
): ItemLedgerEntry | null {
  return postAppliedOutbound(c, item, loc, qty, {
    entryType: 'Purchase',
    postingDate: a.postingDate,
    documentNo: a.documentNo,
    appliesToEntry: a.appliesToEntry ?? null,
    invoice: a.invoice,
    origin: originFrom(a),
  });
}

/** Invoice of an earlier receipt (or return shipment): actual cost, expected cost released. */
export function postPurchaseInvoice(c: PostCtx, a: PurchaseInvoiceAction): void {
  const target = invoiceTarget(c, a, 'Purchase');
  if (!target) return;
  const { ile, item, qty, release, origin } = target;
  const cost = purchaseCost(c, item, qty, a);
  const q = formatPlain(qty);
  c.txn.addVe(
    valueEntryFor(ile, item, origin, {
      postingDate: a.postingDate,
      documentNo: a.documentNo,
      itemLedgerEntryQuantity: '0',
      invoicedQuantity: q,
      costPerUnit: unitCostText(c.p, cost.direct, qty),
      costAmountActual: amountText(c.p, cost.direct),
      costAmountExpected: amountText(c.p, release),
    }),
  );
  const standard = item.costingMethod === 'Standard' ? release.neg() : null;
  addIndirectAndVariance(c, ile, item, origin, a.postingDate, a.documentNo, qty, cost, standard);
  const m = c.txn.mutIle(ile.entryNo);
  m.invoicedQuantity = formatPlain(dec(m.invoicedQuantity).plus(qty));
}
