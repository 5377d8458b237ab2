// Purchases: receipt (expected cost), invoice (actual cost + reversal of expected), indirect cost,
// purchase variance for Standard items, and purchase returns (exact cost reversal when applied).
import type { Item, ItemLedgerEntry } from '../model';
import { type Decimal, dec, formatPlain } from '../money';
import type { PurchaseAction, PurchaseInvoiceAction } from './types';
import { applyInbound } from './application';
import { checkEntry, optionalDecimal, requireItem, requireLocation, requireQuantity, type PostCtx } from './context';
import { amountText, newIleFields, roundAmount, unitCostText, valueEntryFor, type VeOrigin } from './entries';
import { problem } from '../problems';
import { postAppliedOutbound } from './outbound';

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
  const ile = checkEntry(c, a.of, 'of', { positive: true, types: ['Purchase'] });
  const qty = requireQuantity(c, a.quantity);
  if (!ile || !qty) return;
  const item = requireItem(c, ile.itemNo);
  if (!item) return;
  const open = dec(ile.quantity).minus(dec(ile.invoicedQuantity));
  if (qty.gt(open)) {
    c.txn.fail(
      problem(
        'quantity-exceeds-open-quantity',
        `Quantity ${formatPlain(qty)} exceeds the ${formatPlain(open)} not yet invoiced on item ledger entry ${ile.entryNo}.`,
        { table: 'itemLedgerEntries', field: 'quantity', entryNo: ile.entryNo, value: formatPlain(qty) },
        'Invoice at most the received quantity not yet invoiced.',
      ),
    );
    return;
  }
  const release = expectedRelease(c, ile.entryNo, qty, open);
  const receipt = c.txn.valueEntriesOf(ile.entryNo)[0];
  const origin: VeOrigin = receipt
    ? {
        genBusPostingGroup: receipt.genBusPostingGroup,
        sourceType: receipt.sourceType,
        sourceNo: receipt.sourceNo,
        dimensions: receipt.dimensions,
      }
    : { genBusPostingGroup: '' };
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

/** Expected cost released by invoicing `qty` of `open` uninvoiced units: all of it on the last invoice. */
export function expectedRelease(c: PostCtx, ileNo: number, qty: Decimal, open: Decimal): Decimal {
  const expected = c.txn.costOf(ileNo).expected;
  if (qty.eq(open)) return expected.neg();
  return roundAmount(c.p, expected.mul(qty).div(open)).neg();
}
