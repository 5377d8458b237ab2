// What a posting run or an item transaction writes: planned purely, then applied in one step
// (in memory by applyDatasetChanges, in IndexedDB by storage in one transaction).
import type { Dataset } from './dataset';
import type { DecimalString, Item } from './setup';
import type { GLEntry, GLItemLedgerRelation, ItemApplicationEntry, ItemLedgerEntry, ValueEntry } from './ledgers';

export interface ValueEntryWatermark {
  valueEntryNo: number;
  costPostedToGL?: DecimalString;
  expectedCostPostedToGL?: DecimalString;
}

export interface DatasetChanges {
  /** New item ledger entries, or existing ones replaced whole (matched by entry no.). */
  itemLedgerEntries: ItemLedgerEntry[];
  /** New item application entries, or existing ones replaced whole (matched by entry no.). */
  itemApplicationEntries: ItemApplicationEntry[];
  /** New value entries (never replaced: BC only appends value entries). */
  valueEntries: ValueEntry[];
  /** Watermark updates of value entries (existing or created in the same changes). */
  watermarks: ValueEntryWatermark[];
  glEntries: GLEntry[];
  glItemLedgerRelations: GLItemLedgerRelation[];
  /** Items added or replaced whole, matched by item no. (a revaluation sets a Standard item's cost). */
  items: Item[];
}

export function emptyChanges(): DatasetChanges {
  return {
    itemLedgerEntries: [],
    itemApplicationEntries: [],
    valueEntries: [],
    watermarks: [],
    glEntries: [],
    glItemLedgerRelations: [],
    items: [],
  };
}

function upsertByEntryNo<T extends { entryNo: number }>(target: T[], rows: T[]): void {
  if (rows.length === 0) return;
  const index = new Map<number, number>();
  target.forEach((row, i) => index.set(row.entryNo, i));
  for (const row of rows) {
    const at = index.get(row.entryNo);
    if (at === undefined) {
      index.set(row.entryNo, target.length);
      target.push(row);
    } else {
      target[at] = row;
    }
  }
}

/** Applies changes to an in-memory dataset (mutates it). */
export function applyDatasetChanges(dataset: Dataset, changes: DatasetChanges): void {
  upsertByEntryNo(dataset.itemLedgerEntries, changes.itemLedgerEntries);
  upsertByEntryNo(dataset.itemApplicationEntries, changes.itemApplicationEntries);
  for (const ve of changes.valueEntries) dataset.valueEntries.push(ve);
  if (changes.watermarks.length > 0) {
    const byNo = new Map<number, ValueEntry>();
    for (const ve of dataset.valueEntries) byNo.set(ve.entryNo, ve);
    for (const w of changes.watermarks) {
      const ve = byNo.get(w.valueEntryNo);
      if (!ve) throw new Error(`watermark for unknown value entry ${w.valueEntryNo}`);
      if (w.costPostedToGL !== undefined) ve.costPostedToGL = w.costPostedToGL;
      if (w.expectedCostPostedToGL !== undefined) ve.expectedCostPostedToGL = w.expectedCostPostedToGL;
    }
  }
  for (const g of changes.glEntries) dataset.glEntries.push(g);
  for (const r of changes.glItemLedgerRelations) dataset.glItemLedgerRelations.push(r);
  upsertItems(dataset, changes.items);
}

/** Replaces items by no. in place (keeps their order), appends new ones. */
function upsertItems(dataset: Dataset, items: Item[]): void {
  if (items.length === 0) return;
  const at = new Map<string, number>();
  dataset.items.forEach((item, i) => at.set(item.no, i));
  for (const item of items) {
    const i = at.get(item.no);
    if (i === undefined) {
      at.set(item.no, dataset.items.length);
      dataset.items.push(item);
    } else dataset.items[i] = item;
  }
}

/** The last version of each item in a list (later changes win). */
function lastByNo(items: Item[]): Item[] {
  const m = new Map<string, Item>();
  for (const i of items) m.set(i.no, i);
  return [...m.values()];
}

/** Appends b's changes after a's (for chaining a transaction with its automatic cost posting). */
export function mergeChanges(a: DatasetChanges, b: DatasetChanges): DatasetChanges {
  return {
    itemLedgerEntries: [...a.itemLedgerEntries, ...b.itemLedgerEntries],
    itemApplicationEntries: [...a.itemApplicationEntries, ...b.itemApplicationEntries],
    valueEntries: [...a.valueEntries, ...b.valueEntries],
    watermarks: [...a.watermarks, ...b.watermarks],
    glEntries: [...a.glEntries, ...b.glEntries],
    glItemLedgerRelations: [...a.glItemLedgerRelations, ...b.glItemLedgerRelations],
    items: lastByNo([...a.items, ...b.items]),
  };
}
