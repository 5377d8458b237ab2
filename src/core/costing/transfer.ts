// Transfer between locations: an outbound Transfer entry valued by application at the source, an
// inbound Transfer entry at the destination carrying the same cost (linked as its cost source).
import type { ItemLedgerEntry } from '../model';
import { formatPlain } from '../money';
import { problem } from '../problems';
import type { TransferAction } from './types';
import { applyInbound, applyOutbound } from './application';
import { checkOutbound, requireItem, requireLocation, requireQuantity, type PostCtx } from './context';
import { amountText, newIleFields, unitCostText, valueEntryFor } from './entries';

export function postTransfer(c: PostCtx, a: TransferAction): ItemLedgerEntry | null {
  const item = requireItem(c, a.itemNo);
  const fromOk = requireLocation(c, a.fromLocation, 'fromLocation');
  const toOk = requireLocation(c, a.toLocation, 'toLocation');
  const qty = requireQuantity(c, a.quantity);
  if (!item || !fromOk || !toOk || !qty) return null;
  if (a.fromLocation === a.toLocation) {
    c.txn.fail(
      problem(
        'unknown-location',
        `Transfer from and to the same location ${a.fromLocation || '(blank)'}.`,
        { field: 'toLocation', value: a.toLocation },
        'Choose a different destination.',
      ),
    );
    return null;
  }
  if (!checkOutbound(c, item, a.fromLocation, qty, null)) return null;
  const origin = {
    genBusPostingGroup: '',
    sourceType: 'Item' as const,
    sourceNo: item.no,
    dimensions: a.dimensions ?? {},
  };
  const base = {
    itemNo: item.no,
    postingDate: a.postingDate,
    entryType: 'Transfer' as const,
    documentNo: a.documentNo,
    invoiced: true,
  };
  const out = c.txn.createIle(newIleFields({ ...base, locationCode: a.fromLocation, quantity: qty.neg() }));
  const val = applyOutbound(c.txn, c.p, out, item, null);
  const q = formatPlain(qty);
  c.txn.addVe(
    valueEntryFor(out, item, origin, {
      valuationDate: val.latestValuationDate,
      itemLedgerEntryQuantity: formatPlain(qty.neg()),
      invoicedQuantity: formatPlain(qty.neg()),
      costPerUnit: unitCostText(c.p, val.cost, qty),
      costAmountActual: amountText(c.p, val.cost),
    }),
  );
  const inb = c.txn.createIle(newIleFields({ ...base, locationCode: a.toLocation, quantity: qty }));
  c.txn.addVe(
    valueEntryFor(inb, item, origin, {
      valuationDate: val.latestValuationDate,
      itemLedgerEntryQuantity: q,
      invoicedQuantity: q,
      costPerUnit: unitCostText(c.p, val.cost, qty),
      costAmountActual: amountText(c.p, val.cost.neg()),
    }),
  );
  applyInbound(c.txn, inb, out.entryNo, null);
  return out;
}
