// One item posting in the making: new and changed entries over the ledger index, nothing stored
// until the engine commits it (a refused transaction leaves the dataset as it was).
import type { DatasetChanges, Item, ItemApplicationEntry, ItemLedgerEntry, ValueEntry } from '../model';
import { emptyChanges } from '../model';
import type { Problem } from '../problems';
import { type Decimal, ZERO, dec } from '../money';
import { bucketKey, isConsumptionLink, type CostSum, type LedgerIndex } from './ledger-index';

export class Txn {
  readonly newIles = new Map<number, ItemLedgerEntry>();
  readonly changedIles = new Map<number, ItemLedgerEntry>();
  /** Items this transaction replaces (a revaluation sets a Standard item's standard cost). */
  readonly changedItems = new Map<string, Item>();
  readonly ves: ValueEntry[] = [];
  readonly apps: ItemApplicationEntry[] = [];
  readonly problems: Problem[] = [];
  private readonly costDelta = new Map<number, CostSum>();
  private readonly onHandDelta = new Map<string, Decimal>();
  private readonly consumedBy = new Map<number, ItemApplicationEntry[]>();
  /** This transaction's value entries by item ledger entry no. (Adjust Cost adds thousands). */
  private readonly vesByIle = new Map<number, ValueEntry[]>();
  private nextIle: number;
  private nextVe: number;
  private nextApp: number;

  constructor(readonly idx: LedgerIndex) {
    this.nextIle = idx.nextIle;
    this.nextVe = idx.nextVe;
    this.nextApp = idx.nextApp;
  }

  ile(no: number): ItemLedgerEntry | undefined {
    return this.newIles.get(no) ?? this.changedIles.get(no) ?? this.idx.ile.get(no);
  }

  item(no: string): Item | undefined {
    return this.changedItems.get(no) ?? this.idx.items.get(no);
  }

  setItem(item: Item): void {
    this.changedItems.set(item.no, item);
  }

  /** A writable copy of an entry (new entries are writable as they are). */
  mutIle(no: number): ItemLedgerEntry {
    const fresh = this.newIles.get(no) ?? this.changedIles.get(no);
    if (fresh) return fresh;
    const stored = this.idx.ile.get(no);
    if (!stored) throw new Error(`unknown item ledger entry ${no}`);
    const copy = { ...stored };
    this.changedIles.set(no, copy);
    return copy;
  }

  createIle(fields: Omit<ItemLedgerEntry, 'entryNo'>): ItemLedgerEntry {
    const e: ItemLedgerEntry = { entryNo: this.nextIle++, ...fields };
    this.newIles.set(e.entryNo, e);
    const key = bucketKey(e.itemNo, e.locationCode);
    this.onHandDelta.set(key, (this.onHandDelta.get(key) ?? ZERO).plus(dec(e.quantity)));
    return e;
  }

  addVe(fields: Omit<ValueEntry, 'entryNo'>): ValueEntry {
    const v: ValueEntry = { entryNo: this.nextVe++, ...fields };
    this.ves.push(v);
    if (v.itemLedgerEntryNo !== 0) {
      const list = this.vesByIle.get(v.itemLedgerEntryNo);
      if (list) list.push(v);
      else this.vesByIle.set(v.itemLedgerEntryNo, [v]);
      const c = this.costDelta.get(v.itemLedgerEntryNo);
      const a = dec(v.costAmountActual);
      const x = dec(v.costAmountExpected);
      if (c) {
        c.actual = c.actual.plus(a);
        c.expected = c.expected.plus(x);
      } else this.costDelta.set(v.itemLedgerEntryNo, { actual: a, expected: x });
    }
    return v;
  }

  addApp(itemLedgerEntryNo: number, inbound: number, outbound: number, quantity: string): ItemApplicationEntry {
    const a: ItemApplicationEntry = {
      entryNo: this.nextApp++,
      itemLedgerEntryNo,
      inboundItemEntryNo: inbound,
      outboundItemEntryNo: outbound,
      quantity,
    };
    this.apps.push(a);
    if (isConsumptionLink(a)) {
      const list = this.consumedBy.get(inbound);
      if (list) list.push(a);
      else this.consumedBy.set(inbound, [a]);
    }
    return a;
  }

  /** Σ cost of an item ledger entry including this transaction's value entries. */
  costOf(no: number): CostSum {
    const base = this.idx.costOf(no);
    const d = this.costDelta.get(no);
    return d ? { actual: base.actual.plus(d.actual), expected: base.expected.plus(d.expected) } : base;
  }

  totalCostOf(no: number): Decimal {
    const c = this.costOf(no);
    return c.actual.plus(c.expected);
  }

  onHand(itemNo: string, locationCode: string): Decimal {
    const key = bucketKey(itemNo, locationCode);
    return (this.idx.onHand.get(key) ?? ZERO).plus(this.onHandDelta.get(key) ?? ZERO);
  }

  /** Value entries of an entry, stored and new. */
  valueEntriesOf(no: number): ValueEntry[] {
    const stored = this.idx.vesByIle.get(no) ?? [];
    const fresh = this.vesByIle.get(no);
    return fresh ? [...stored, ...fresh] : stored;
  }

  fail(p: Problem): void {
    this.problems.push(p);
  }

  changes(): DatasetChanges {
    const c = emptyChanges();
    c.itemLedgerEntries = [...this.changedIles.values(), ...this.newIles.values()];
    c.valueEntries = [...this.ves];
    c.itemApplicationEntries = [...this.apps];
    c.items = [...this.changedItems.values()];
    return c;
  }
}
