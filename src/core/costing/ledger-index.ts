// Indexes over a dataset's item ledger that the engine keeps across transactions, so a posting
// touches only the entries of its item (open entries per item + location, cost sums per entry).
import type { Dataset, Item, ItemApplicationEntry, ItemLedgerEntry, ValueEntry } from '../model';
import { type Decimal, ZERO, dec } from '../money';

export interface CostSum {
  actual: Decimal;
  expected: Decimal;
}

/** Open entries of one item at one location, in entry-no. order (closed ones are skipped lazily). */
export interface OpenEntries {
  inbound: number[];
  outbound: number[];
}

export function bucketKey(itemNo: string, locationCode: string): string {
  return `${itemNo}\u0000${locationCode}`;
}

export class LedgerIndex {
  readonly items = new Map<string, Item>();
  readonly locations = new Set<string>();
  readonly ile = new Map<number, ItemLedgerEntry>();
  readonly ilesByItem = new Map<string, number[]>();
  /** Item ledger entries of production orders (consumption, output) by order no. */
  readonly ilesByProductionOrder = new Map<string, number[]>();
  readonly vesByIle = new Map<number, ValueEntry[]>();
  /** Capacity value entries (no item ledger entry) by production order no. */
  readonly capacityByOrder = new Map<string, ValueEntry[]>();
  /** Application entries by their Item Ledger Entry No. */
  readonly appsByIle = new Map<number, ItemApplicationEntry[]>();
  /** Application entries by Inbound Item Entry No. (outbound side set). */
  readonly appsByInbound = new Map<number, ItemApplicationEntry[]>();
  readonly open = new Map<string, OpenEntries>();
  readonly cost = new Map<number, CostSum>();
  /** Quantity on hand per item + location. */
  readonly onHand = new Map<string, Decimal>();
  /** Σ cost (actual + expected) per item + location, for unit costs of unapplied quantities. */
  readonly onHandValue = new Map<string, Decimal>();
  readonly veByNo = new Map<number, ValueEntry>();
  nextIle = 1;
  nextVe = 1;
  nextApp = 1;

  constructor(readonly ds: Dataset) {
    for (const item of ds.items) this.items.set(item.no, item);
    for (const loc of ds.locations) this.locations.add(loc.code);
    for (const e of ds.itemLedgerEntries) this.addIle(e);
    for (const v of ds.valueEntries) this.addVe(v);
    for (const a of ds.itemApplicationEntries) this.addApp(a);
    const max = (rows: { entryNo: number }[]) => rows.reduce((m, r) => Math.max(m, r.entryNo), 0);
    this.nextIle = max(ds.itemLedgerEntries) + 1;
    this.nextVe = max(ds.valueEntries) + 1;
    this.nextApp = max(ds.itemApplicationEntries) + 1;
  }

  openEntries(itemNo: string, locationCode: string): OpenEntries {
    const key = bucketKey(itemNo, locationCode);
    let o = this.open.get(key);
    if (!o) {
      o = { inbound: [], outbound: [] };
      this.open.set(key, o);
    }
    return o;
  }

  addIle(e: ItemLedgerEntry): void {
    this.ile.set(e.entryNo, e);
    push(this.ilesByItem, e.itemNo, e.entryNo);
    if (e.orderType === 'Production' && e.orderNo !== '') push(this.ilesByProductionOrder, e.orderNo, e.entryNo);
    if (e.open) {
      const o = this.openEntries(e.itemNo, e.locationCode);
      (e.positive ? o.inbound : o.outbound).push(e.entryNo);
    }
    const key = bucketKey(e.itemNo, e.locationCode);
    this.onHand.set(key, (this.onHand.get(key) ?? ZERO).plus(dec(e.quantity)));
  }

  /** Replaces a stored entry (remaining quantity, open, invoiced quantity change). */
  replaceIle(e: ItemLedgerEntry): void {
    const old = this.ile.get(e.entryNo);
    if (!old) {
      this.addIle(e);
      return;
    }
    this.ile.set(e.entryNo, e);
    if (e.open && !old.open) {
      const o = this.openEntries(e.itemNo, e.locationCode);
      const list = e.positive ? o.inbound : o.outbound;
      insertSorted(list, e.entryNo);
    }
  }

  addVe(v: ValueEntry): void {
    this.veByNo.set(v.entryNo, v);
    const key = bucketKey(v.itemNo, v.locationCode);
    if (v.itemLedgerEntryNo !== 0) {
      this.onHandValue.set(
        key,
        (this.onHandValue.get(key) ?? ZERO).plus(dec(v.costAmountActual)).plus(dec(v.costAmountExpected)),
      );
    }
    if (v.itemLedgerEntryNo === 0) {
      push(this.capacityByOrder, v.orderNo, v);
      return;
    }
    push(this.vesByIle, v.itemLedgerEntryNo, v);
    const c = this.cost.get(v.itemLedgerEntryNo);
    const actual = dec(v.costAmountActual);
    const expected = dec(v.costAmountExpected);
    if (c) {
      c.actual = c.actual.plus(actual);
      c.expected = c.expected.plus(expected);
    } else this.cost.set(v.itemLedgerEntryNo, { actual, expected });
  }

  addApp(a: ItemApplicationEntry): void {
    push(this.appsByIle, a.itemLedgerEntryNo, a);
    // Only consumption links (kept on the outbound entry) use up an inbound entry; a link kept on the
    // inbound entry with an outbound no. is a cost source (transfer, applied-from return).
    if (isConsumptionLink(a)) push(this.appsByInbound, a.inboundItemEntryNo, a);
  }

  costOf(ileNo: number): CostSum {
    return this.cost.get(ileNo) ?? { actual: ZERO, expected: ZERO };
  }
}

/** An application that consumes an inbound entry (outbound side), as opposed to a cost-source link. */
export function isConsumptionLink(a: ItemApplicationEntry): boolean {
  return a.outboundItemEntryNo !== 0 && a.itemLedgerEntryNo === a.outboundItemEntryNo;
}

/** A link kept on an inbound entry naming the outbound entry its cost comes from. */
export function isCostSourceLink(a: ItemApplicationEntry): boolean {
  return a.outboundItemEntryNo !== 0 && a.itemLedgerEntryNo === a.inboundItemEntryNo;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function insertSorted(list: number[], n: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > n) i--;
  if (list[i - 1] !== n) list.splice(i, 0, n);
}
