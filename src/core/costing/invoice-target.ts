// Invoicing an earlier receipt or shipment: the entry being invoiced, the quantity checked against what is
// not yet invoiced, the expected cost it releases, and the origin copied from the entry's first value entry.
import type { Item, ItemLedgerEntry } from '../model';
import { type Decimal, dec, formatPlain } from '../money';
import { problem } from '../problems';
import { checkEntry, requireItem, requireQuantity, type PostCtx } from './context';
import { originOf, roundAmount, type VeOrigin } from './entries';

export interface InvoiceTarget {
  ile: ItemLedgerEntry;
  item: Item;
  /** Quantity invoiced now (positive). */
  qty: Decimal;
  /** Expected cost released (the negated share of the entry's expected cost). */
  release: Decimal;
  origin: VeOrigin;
  /** Valuation date of the entry's first value entry. */
  valuationDate: string;
}

/** Expected cost released by invoicing `qty` of `open` uninvoiced units: all of it on the last invoice. */
export function expectedRelease(c: PostCtx, ileNo: number, qty: Decimal, open: Decimal): Decimal {
  const expected = c.txn.costOf(ileNo).expected;
  if (qty.eq(open)) return expected.neg();
  return roundAmount(c.p, expected.mul(qty).div(open)).neg();
}

/** Null when a check refused it (the problem is on the transaction). */
export function invoiceTarget(
  c: PostCtx,
  a: { of: number; quantity: string },
  type: 'Purchase' | 'Sale',
): InvoiceTarget | null {
  const ile = checkEntry(c, a.of, 'of', { positive: type === 'Purchase', types: [type] });
  const qty = requireQuantity(c, a.quantity);
  if (!ile || !qty) return null;
  const item = requireItem(c, ile.itemNo);
  if (!item) return null;
  const uninvoiced = dec(ile.quantity).minus(dec(ile.invoicedQuantity));
  const open = type === 'Purchase' ? uninvoiced : uninvoiced.neg();
  if (qty.gt(open)) {
    c.txn.fail(
      problem(
        'quantity-exceeds-open-quantity',
        `Quantity ${formatPlain(qty)} exceeds the ${formatPlain(open)} not yet invoiced on item ledger entry ${ile.entryNo}.`,
        { table: 'itemLedgerEntries', field: 'quantity', entryNo: ile.entryNo, value: formatPlain(qty) },
        type === 'Purchase'
          ? 'Invoice at most the received quantity not yet invoiced.'
          : 'Invoice at most the shipped quantity not yet invoiced.',
      ),
    );
    return null;
  }
  const first = c.txn.valueEntriesOf(ile.entryNo)[0];
  return {
    ile,
    item,
    qty,
    release: expectedRelease(c, ile.entryNo, qty, open),
    origin: first ? originOf(first) : { genBusPostingGroup: '' },
    valuationDate: first?.valuationDate ?? ile.postingDate,
  };
}
