// Item application at posting: an outbound entry takes open inbound entries (FIFO, Average and
// Standard earliest first, LIFO latest first, a fixed applies-to entry always), an inbound entry
// closes open outbound entries left by negative inventory. Outbound cost = Σ Round(inbound cost ×
// applied quantity / inbound quantity).
import type { Item, ItemLedgerEntry } from '../model';
import { Decimal, ZERO, dec, formatPlain } from '../money';
import type { Precisions } from './entries';
import { roundAmount } from './entries';
import type { Txn } from './txn';

export interface OutboundValuation {
  /** Negative cost of the outbound quantity. */
  cost: Decimal;
  /** Latest valuation date among the applied inbound entries' value entries. */
  latestValuationDate: string;
}

/** Unit cost for quantities with nothing to apply to (negative inventory): BC uses the item's unit cost. */
export function itemUnitCost(item: Item): Decimal {
  return dec(item.costingMethod === 'Standard' ? item.standardCost : item.unitCost);
}

export function applyOutbound(
  txn: Txn,
  p: Precisions,
  out: ItemLedgerEntry,
  item: Item,
  fixedTo: number | null,
): OutboundValuation {
  let need = dec(out.quantity).neg();
  let cost = ZERO;
  let latest = out.postingDate;
  const candidates = fixedTo !== null ? [fixedTo] : openInboundOrder(txn, out, item);
  for (const no of candidates) {
    if (need.lte(0)) break;
    const inbound = txn.ile(no);
    if (!inbound || !inbound.open || !inbound.positive) continue;
    const rem = dec(inbound.remainingQuantity);
    if (rem.lte(0)) continue;
    const k = Decimal.min(need, rem);
    const m = txn.mutIle(no);
    const left = rem.minus(k);
    m.remainingQuantity = formatPlain(left);
    m.open = !left.isZero();
    txn.addApp(out.entryNo, no, out.entryNo, formatPlain(k.neg()));
    cost = cost.plus(roundAmount(p, txn.totalCostOf(no).mul(k).div(dec(inbound.quantity))));
    for (const v of txn.valueEntriesOf(no)) if (v.valuationDate > latest) latest = v.valuationDate;
    need = need.minus(k);
  }
  const m = txn.mutIle(out.entryNo);
  m.remainingQuantity = formatPlain(need.neg());
  m.open = !need.isZero();
  if (need.gt(0)) cost = cost.plus(roundAmount(p, itemUnitCost(item).mul(need)));
  return { cost: cost.neg(), latestValuationDate: latest };
}

/** Open inbound entries in application order, without copying the (possibly long) open list. */
function openInboundOrder(txn: Txn, out: ItemLedgerEntry, item: Item): Iterable<number> {
  const list = txn.idx.openEntries(out.itemNo, out.locationCode).inbound;
  if (item.costingMethod !== 'LIFO') return list;
  return {
    *[Symbol.iterator]() {
      for (let i = list.length - 1; i >= 0; i--) yield list[i]!;
    },
  };
}

/**
 * Books a new inbound entry: its own application entry (or the cost-source link to the outbound it
 * reverses), then closes open outbound entries of the same item and location, oldest first.
 */
export function applyInbound(
  txn: Txn,
  inbound: ItemLedgerEntry,
  costSource: number | null,
  preferOutbound: number | null,
): void {
  const qty = dec(inbound.quantity);
  if (costSource !== null) txn.addApp(inbound.entryNo, inbound.entryNo, costSource, formatPlain(qty));
  else txn.addApp(inbound.entryNo, inbound.entryNo, 0, formatPlain(qty));
  let rem = qty;
  const open = txn.idx.openEntries(inbound.itemNo, inbound.locationCode).outbound;
  const order = preferOutbound !== null ? [preferOutbound, ...open.filter((n) => n !== preferOutbound)] : open;
  for (const no of order) {
    if (rem.lte(0)) break;
    const o = txn.ile(no);
    if (!o || !o.open || o.positive) continue;
    const orem = dec(o.remainingQuantity).neg();
    if (orem.lte(0)) continue;
    const k = Decimal.min(rem, orem);
    const mo = txn.mutIle(no);
    mo.remainingQuantity = formatPlain(orem.minus(k).neg());
    mo.open = !orem.minus(k).isZero();
    txn.addApp(no, inbound.entryNo, no, formatPlain(k.neg()));
    rem = rem.minus(k);
  }
  const mi = txn.mutIle(inbound.entryNo);
  mi.remainingQuantity = formatPlain(rem);
  mi.open = !rem.isZero();
}
