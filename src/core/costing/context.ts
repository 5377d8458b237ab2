// What a transaction handler works with, and the checks every item posting shares (item and
// location known, applies-to entry valid, enough open quantity, negative inventory rule).
import type { Dataset, Item, ItemLedgerEntry } from '../model';
import { problem } from '../problems';
import { type Decimal, dec, parseDecimal, formatPlain } from '../money';
import type { Precisions } from './entries';
import type { Txn } from './txn';

export interface PostCtx {
  ds: Dataset;
  txn: Txn;
  p: Precisions;
}

export function requireItem(c: PostCtx, itemNo: string, field = 'itemNo'): Item | null {
  const item = c.txn.item(itemNo);
  if (!item) {
    c.txn.fail(
      problem(
        'unknown-item',
        `Item ${itemNo} does not exist.`,
        { table: 'items', field, value: itemNo },
        'Create the item or correct the item no.',
      ),
    );
    return null;
  }
  return item;
}

export function requireLocation(c: PostCtx, code: string, field = 'locationCode'): boolean {
  if (code === '' || c.txn.idx.locations.has(code)) return true;
  c.txn.fail(
    problem(
      'unknown-location',
      `Location ${code} does not exist.`,
      { table: 'locations', field, value: code },
      'Create the location or leave the code blank.',
    ),
  );
  return false;
}

/** A positive quantity; a malformed or non-positive one is a bug of the caller's input. */
export function requireQuantity(c: PostCtx, text: string, field = 'quantity'): Decimal | null {
  const q = parseDecimal(text);
  if (!q || q.lte(0)) {
    c.txn.fail(problem('quantity-invalid', `Quantity ${text} must be a positive number.`, { field, value: text }));
    return null;
  }
  return q;
}

function invalidAppliesTo(c: PostCtx, no: number, why: string, field: string): null {
  c.txn.fail(
    problem(
      'applies-to-entry-invalid',
      `Item ledger entry ${no} ${why}.`,
      { table: 'itemLedgerEntries', field, entryNo: no, value: String(no) },
      'Choose an open entry of the same item.',
    ),
  );
  return null;
}

/** The open inbound entry an outbound posting is fixed-applied to, with enough remaining quantity. */
export function checkAppliesToInbound(
  c: PostCtx,
  item: Item,
  no: number,
  quantity: Decimal,
  locationCode: string,
  field = 'appliesToEntry',
): ItemLedgerEntry | null {
  const e = c.txn.ile(no);
  if (!e) return invalidAppliesTo(c, no, 'does not exist', field);
  if (e.itemNo !== item.no) return invalidAppliesTo(c, no, `belongs to item ${e.itemNo}, not ${item.no}`, field);
  if (!e.positive) return invalidAppliesTo(c, no, 'is not an inbound entry', field);
  if (e.locationCode !== locationCode)
    return invalidAppliesTo(
      c,
      no,
      `is at location ${e.locationCode || '(blank)'}, not ${locationCode || '(blank)'}`,
      field,
    );
  if (!e.open) return invalidAppliesTo(c, no, 'is closed (nothing remains to apply)', field);
  const rem = dec(e.remainingQuantity);
  if (rem.lt(quantity)) {
    c.txn.fail(
      problem(
        'quantity-exceeds-open-quantity',
        `Quantity ${formatPlain(quantity)} exceeds the remaining quantity ${formatPlain(rem)} of item ledger entry ${no}.`,
        { table: 'itemLedgerEntries', field: 'quantity', entryNo: no, value: formatPlain(quantity) },
        'Post at most the remaining quantity.',
      ),
    );
    return null;
  }
  return e;
}

/** An entry that must exist, belong to the item, and have the given direction (for `of`, applies-from). */
export function checkEntry(
  c: PostCtx,
  no: number,
  field: string,
  want: { positive: boolean; types?: string[] },
): ItemLedgerEntry | null {
  const e = c.txn.ile(no);
  if (!e) return invalidAppliesTo(c, no, 'does not exist', field);
  if (e.positive !== want.positive)
    return invalidAppliesTo(c, no, want.positive ? 'is not an inbound entry' : 'is not an outbound entry', field);
  if (want.types && !want.types.includes(e.entryType))
    return invalidAppliesTo(c, no, `is a ${e.entryType} entry`, field);
  return e;
}

/** Outbound quantity against on-hand when negative inventory is not allowed; Specific needs a fixed application. */
export function checkOutbound(
  c: PostCtx,
  item: Item,
  locationCode: string,
  quantity: Decimal,
  appliesTo: number | null | undefined,
): boolean {
  if (item.costingMethod === 'Specific' && (appliesTo === null || appliesTo === undefined)) {
    c.txn.fail(
      problem(
        'costing-method-needs-applies-to',
        `Item ${item.no} uses costing method Specific: the outbound posting needs an applies-to entry.`,
        { field: 'appliesToEntry', value: item.no },
        'Name the inbound entry being sold or used.',
      ),
    );
    return false;
  }
  if (c.ds.inventorySetup.preventNegativeInventory) {
    const onHand = c.txn.onHand(item.no, locationCode);
    if (onHand.lt(quantity)) {
      c.txn.fail(
        problem(
          'insufficient-quantity',
          `Only ${formatPlain(onHand)} of item ${item.no} on hand at location ${locationCode || '(blank)'}; ${formatPlain(quantity)} needed.`,
          { field: 'quantity', value: formatPlain(quantity) },
          'Post the receipt first, or allow negative inventory.',
        ),
      );
      return false;
    }
  }
  return true;
}

export function optionalDecimal(text: string | undefined, fallback: string): Decimal {
  return dec(text === undefined || text === '' ? fallback : text);
}
