// Which value entries the batch job reads, and in what order (BC's two passes): entries with an item
// ledger entry by item no., posting date, entry no.; then capacity entries by order type, order no.,
// entry no. Entries outside the item/date filters and non-inventoriable entries are not read at all.
import { dateOrdinal } from '../dates';
import { ordinalInRange, type CodeFilter, type DateRange } from '../filters';
import { ORDER_TYPES, type ValueEntry } from '../model';

const DAY_SPAN = 4194304; // 2^22 day slots per item rank in the numeric sort key
const DAY_OFFSET = 2097152; // lets dates before 1970 sort too

export function entriesInReadOrder(entries: readonly ValueEntry[], items: CodeFilter, dates: DateRange): ValueEntry[] {
  const itemMatch = new Map<string, boolean>();
  const dayOf = new Map<string, number>();
  const day = (iso: string): number => {
    let d = dayOf.get(iso);
    if (d === undefined) {
      d = dateOrdinal(iso) / 2;
      dayOf.set(iso, d);
    }
    return d;
  };
  const filterDates = dates.from !== null || dates.to !== null;
  const itemEntries: ValueEntry[] = [];
  const capacityEntries: ValueEntry[] = [];
  for (const ve of entries) {
    if (!ve.inventoriable) continue;
    let m = itemMatch.get(ve.itemNo);
    if (m === undefined) {
      m = items.matches(ve.itemNo);
      itemMatch.set(ve.itemNo, m);
    }
    if (!m) continue;
    if (filterDates && !ordinalInRange(dates, day(ve.postingDate) * 2)) continue;
    (ve.itemLedgerEntryNo === 0 ? capacityEntries : itemEntries).push(ve);
  }
  return [...sortItemEntries(itemEntries, day), ...sortCapacityEntries(capacityEntries)];
}

function sortItemEntries(list: ValueEntry[], day: (iso: string) => number): ValueEntry[] {
  const n = list.length;
  if (n < 2) return list;
  const itemNos = [...new Set(list.map((ve) => ve.itemNo.toUpperCase()))].sort();
  const rank = new Map<string, number>();
  itemNos.forEach((no, i) => rank.set(no, i));
  const rankOf = new Map<string, number>();
  const key = new Float64Array(n);
  const entryNo = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ve = list[i]!;
    let r = rankOf.get(ve.itemNo);
    if (r === undefined) {
      r = rank.get(ve.itemNo.toUpperCase())!;
      rankOf.set(ve.itemNo, r);
    }
    key[i] = r * DAY_SPAN + day(ve.postingDate) + DAY_OFFSET;
    entryNo[i] = ve.entryNo;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => key[a]! - key[b]! || entryNo[a]! - entryNo[b]!);
  const out = new Array<ValueEntry>(n);
  for (let i = 0; i < n; i++) out[i] = list[order[i]!]!;
  return out;
}

function sortCapacityEntries(list: ValueEntry[]): ValueEntry[] {
  return list.sort((a, b) => {
    const t = ORDER_TYPES.indexOf(a.orderType) - ORDER_TYPES.indexOf(b.orderType);
    if (t !== 0) return t;
    const ao = a.orderNo.toUpperCase();
    const bo = b.orderNo.toUpperCase();
    return ao < bo ? -1 : ao > bo ? 1 : a.entryNo - b.entryNo;
  });
}
