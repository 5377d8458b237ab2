// Item journal postings: positive adjustment (valued at the line's or the item's unit cost),
// negative adjustment (valued by application like any outbound entry).
import type { ItemLedgerEntry } from '../model';
import { dec, formatPlain } from '../money';
import { problem } from '../problems';
import type { AdjustmentAction } from './types';
import { applyInbound, applyOutbound, itemUnitCost } from './application';
import {
  checkAppliesToInbound,
  checkEntry,
  checkOutbound,
  requireItem,
  requireLocation,
  requireQuantity,
  type PostCtx,
} from './context';
import { amountText, newIleFields, roundAmount, unitCostText, valueEntryFor } from './entries';

export function postItemAdjustment(c: PostCtx, a: AdjustmentAction): ItemLedgerEntry | null {
  const item = requireItem(c, a.itemNo);
  const loc = a.locationCode ?? '';
  const locOk = requireLocation(c, loc);
  const qty = requireQuantity(c, a.quantity);
  if (!item || !locOk || !qty) return null;
  const fixed = a.appliesToEntry ?? null;
  const origin = { genBusPostingGroup: '', sourceNo: a.sourceNo ?? '', dimensions: a.dimensions ?? {} };
  if (a.action === 'positiveAdjmt') {
    // A positive adjustment may name the open outbound entry (negative inventory) it closes.
    if (fixed !== null) {
      const o = checkEntry(c, fixed, 'appliesToEntry', { positive: false });
      if (!o) return null;
      if (o.itemNo !== item.no || !o.open) {
        c.txn.fail(
          problem(
            'applies-to-entry-invalid',
            `Item ledger entry ${fixed} is not an open outbound entry of item ${item.no}.`,
            { table: 'itemLedgerEntries', field: 'appliesToEntry', entryNo: fixed, value: String(fixed) },
          ),
        );
        return null;
      }
    }
    const unit =
      item.costingMethod === 'Standard'
        ? dec(item.standardCost)
        : a.unitCost !== undefined
          ? dec(a.unitCost)
          : itemUnitCost(item);
    const cost = roundAmount(c.p, qty.mul(unit));
    const ile = c.txn.createIle(
      newIleFields({
        itemNo: item.no,
        postingDate: a.postingDate,
        entryType: 'Positive Adjmt.',
        documentNo: a.documentNo,
        locationCode: loc,
        quantity: qty,
        invoiced: true,
      }),
    );
    const q = formatPlain(qty);
    c.txn.addVe(
      valueEntryFor(ile, item, origin, {
        itemLedgerEntryQuantity: q,
        invoicedQuantity: q,
        costPerUnit: unitCostText(c.p, cost, qty),
        costAmountActual: amountText(c.p, cost),
      }),
    );
    applyInbound(c.txn, ile, null, fixed);
    return ile;
  }
  if (fixed !== null && !checkAppliesToInbound(c, item, fixed, qty, loc)) return null;
  if (!checkOutbound(c, item, loc, qty, fixed)) return null;
  const ile = c.txn.createIle(
    newIleFields({
      itemNo: item.no,
      postingDate: a.postingDate,
      entryType: 'Negative Adjmt.',
      documentNo: a.documentNo,
      locationCode: loc,
      quantity: qty.neg(),
      invoiced: true,
      appliesToEntry: fixed,
    }),
  );
  const val = applyOutbound(c.txn, c.p, ile, item, fixed);
  const q = formatPlain(qty.neg());
  c.txn.addVe(
    valueEntryFor(ile, item, origin, {
      valuationDate: val.latestValuationDate,
      itemLedgerEntryQuantity: q,
      invoicedQuantity: q,
      costPerUnit: unitCostText(c.p, val.cost, qty),
      costAmountActual: amountText(c.p, val.cost),
    }),
  );
  return ile;
}
