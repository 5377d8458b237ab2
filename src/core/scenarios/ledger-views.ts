// What the expectations look at in a dataset: entries created by a step, BC's FlowFields
// (cost amounts of an item ledger entry), G/L balances and inventory per item and location.
import type { Dataset, GLEntry, GLItemLedgerRelation, ItemLedgerEntry, ValueEntry } from '../model';
import { dec, formatPlain, ZERO, type Decimal } from '../money';

/** Entry numbers present before a step, to tell which entries it created. */
export interface EntryNoSnapshot {
  itemLedgerEntries: Set<number>;
  valueEntries: Set<number>;
  glEntries: Set<number>;
}

export function entryNoSnapshot(ds: Dataset): EntryNoSnapshot {
  return {
    itemLedgerEntries: new Set(ds.itemLedgerEntries.map((e) => e.entryNo)),
    valueEntries: new Set(ds.valueEntries.map((e) => e.entryNo)),
    glEntries: new Set(ds.glEntries.map((e) => e.entryNo)),
  };
}

const byEntryNo = (a: { entryNo: number }, b: { entryNo: number }): number => a.entryNo - b.entryNo;

export interface CreatedEntries {
  itemLedgerEntries: ItemLedgerEntry[];
  valueEntries: ValueEntry[];
  glEntries: GLEntry[];
  relations: GLItemLedgerRelation[];
}

/** Entries in `ds` whose entry no. was not in the snapshot, in entry-no. order (as they are now). */
export function createdEntries(ds: Dataset, before: EntryNoSnapshot): CreatedEntries {
  const glEntries = ds.glEntries.filter((e) => !before.glEntries.has(e.entryNo)).sort(byEntryNo);
  const glNos = new Set(glEntries.map((e) => e.entryNo));
  return {
    itemLedgerEntries: ds.itemLedgerEntries.filter((e) => !before.itemLedgerEntries.has(e.entryNo)).sort(byEntryNo),
    valueEntries: ds.valueEntries.filter((e) => !before.valueEntries.has(e.entryNo)).sort(byEntryNo),
    glEntries,
    relations: ds.glItemLedgerRelations.filter((r) => glNos.has(r.glEntryNo)),
  };
}

/** A G/L entry as `glEntries` expectations see it: stored fields plus its linked value entries. */
export function glEntryView(entry: GLEntry, relations: readonly GLItemLedgerRelation[]): Record<string, unknown> {
  const nos = relations.filter((r) => r.glEntryNo === entry.entryNo).map((r) => r.valueEntryNo);
  return { ...entry, valueEntryNos: [...new Set(nos)].sort((a, b) => a - b) };
}

/** An item ledger entry with its cost FlowFields: sums of its value entries now. */
export function itemLedgerEntryView(
  entry: ItemLedgerEntry,
  valueEntries: readonly ValueEntry[],
): Record<string, unknown> {
  let actual: Decimal = ZERO;
  let expected: Decimal = ZERO;
  for (const ve of valueEntries) {
    if (ve.itemLedgerEntryNo !== entry.entryNo) continue;
    actual = actual.plus(dec(ve.costAmountActual));
    expected = expected.plus(dec(ve.costAmountExpected));
  }
  return { ...entry, costAmountActual: formatPlain(actual), costAmountExpected: formatPlain(expected) };
}

/** Net change per G/L account over all dates. */
export function glBalances(ds: Dataset): Map<string, Decimal> {
  const balances = new Map<string, Decimal>();
  for (const e of ds.glEntries) balances.set(e.glAccountNo, (balances.get(e.glAccountNo) ?? ZERO).plus(dec(e.amount)));
  return balances;
}

export interface InventoryView {
  quantity: string;
  value: string;
  valueExpected: string;
}

/** Inventory of an item (`ITEM`) or of an item at a location (`ITEM@LOC`, `ITEM@` = blank location). */
export function inventoryView(ds: Dataset, key: string): InventoryView {
  const at = key.indexOf('@');
  const itemNo = (at < 0 ? key : key.slice(0, at)).toUpperCase();
  const location = at < 0 ? null : key.slice(at + 1).toUpperCase();
  const matches = (e: { itemNo: string; locationCode: string }): boolean =>
    e.itemNo === itemNo && (location === null || e.locationCode === location);
  let quantity: Decimal = ZERO;
  for (const ile of ds.itemLedgerEntries) if (matches(ile)) quantity = quantity.plus(dec(ile.quantity));
  let value: Decimal = ZERO;
  let valueExpected: Decimal = ZERO;
  for (const ve of ds.valueEntries) {
    // Capacity value entries (no item ledger entry) are not inventory.
    if (ve.itemLedgerEntryNo === 0 || !matches(ve)) continue;
    value = value.plus(dec(ve.costAmountActual));
    valueExpected = valueExpected.plus(dec(ve.costAmountExpected));
  }
  return { quantity: formatPlain(quantity), value: formatPlain(value), valueExpected: formatPlain(valueExpected) };
}
