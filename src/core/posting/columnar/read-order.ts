// The batch job's read order (read-order.ts) over value-entry columns: item entries by item no.,
// posting date, entry no.; then capacity entries by order type, order no., entry no. Returns global
// row indexes (chunk offset + row) of the entries read.
import { ordinalInRange, type CodeFilter, type DateRange } from '../../filters';
import { ORDER_TYPES, type OrderType } from '../../model';
import type { PostingEntryColumns } from './entry-columns';

const DAY_SPAN = 4194304;
const DAY_OFFSET = 2097152;

export interface RowLocator {
  /** Chunk index of each global row. */
  chunkOf: Uint32Array;
  /** Global index of each chunk's first row. */
  offsets: Uint32Array;
}

export function rowLocator(cols: PostingEntryColumns): RowLocator {
  const offsets = new Uint32Array(cols.chunks.length);
  let n = 0;
  cols.chunks.forEach((c, k) => {
    offsets[k] = n;
    n += c.rowCount;
  });
  const chunkOf = new Uint32Array(n);
  cols.chunks.forEach((c, k) => chunkOf.fill(k, offsets[k], offsets[k]! + c.rowCount));
  return { chunkOf, offsets };
}

function ranks(strings: readonly string[], used: Iterable<number>, upper: boolean): Map<number, number> {
  const codes = [...new Set(used)];
  const text = (c: number): string => (upper ? strings[c]!.toUpperCase() : strings[c]!);
  const distinct = [...new Set(codes.map(text))].sort();
  const rankOf = new Map<string, number>();
  distinct.forEach((t, i) => rankOf.set(t, i));
  const out = new Map<number, number>();
  for (const c of codes) out.set(c, rankOf.get(text(c))!);
  return out;
}

export function rowsInReadOrder(
  cols: PostingEntryColumns,
  loc: RowLocator,
  items: CodeFilter,
  dates: DateRange,
): Uint32Array {
  const itemMatch = new Map<number, boolean>();
  const filterDates = dates.from !== null || dates.to !== null;
  const total = loc.chunkOf.length;
  const itemRows = new Uint32Array(total);
  const itemCodes = new Uint32Array(total);
  const days = new Int32Array(total);
  const capacityRows: number[] = [];
  let n = 0;
  let ascending = true;
  let lastEntryNo = -Infinity;
  for (let k = 0; k < cols.chunks.length; k++) {
    const c = cols.chunks[k]!;
    const base = loc.offsets[k]!;
    const { inventoriable, itemNo, postingDate, itemLedgerEntryNo, entryNo } = c;
    for (let r = 0; r < c.rowCount; r++) {
      if (inventoriable[r] === 0) continue;
      const item = itemNo[r]!;
      let m = itemMatch.get(item);
      if (m === undefined) {
        m = items.matches(cols.strings[item]!);
        itemMatch.set(item, m);
      }
      if (!m) continue;
      const day = postingDate[r]!;
      if (filterDates && !ordinalInRange(dates, day * 2)) continue;
      if (itemLedgerEntryNo[r] === 0) {
        capacityRows.push(base + r);
        continue;
      }
      itemRows[n] = base + r;
      itemCodes[n] = item;
      days[n] = day;
      n++;
      const no = entryNo[r]!;
      if (!(no > lastEntryNo)) ascending = false;
      lastEntryNo = no;
    }
  }
  const at = (g: number) => ({ c: cols.chunks[loc.chunkOf[g]!]!, r: g - loc.offsets[loc.chunkOf[g]!]! });

  const itemRank = ranks(cols.strings, itemMatch.keys(), true);
  const rankOf = new Uint32Array(n);
  let lastCode = -1;
  let lastRank = 0;
  for (let i = 0; i < n; i++) {
    if (itemCodes[i] !== lastCode) {
      lastCode = itemCodes[i]!;
      lastRank = itemRank.get(lastCode)!;
    }
    rankOf[i] = lastRank;
  }
  const order = ascending ? byItemThenDay(rankOf, days, n, itemRank.size) : null;
  const sorted = order ?? new Uint32Array(n);
  if (!order) {
    const key = new Float64Array(n);
    const entryNo = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const { c, r } = at(itemRows[i]!);
      key[i] = days[i]! + DAY_OFFSET + rankOf[i]! * DAY_SPAN;
      entryNo[i] = c.entryNo[r]!;
      sorted[i] = i;
    }
    sorted.sort((a, b) => key[a]! - key[b]! || entryNo[a]! - entryNo[b]!);
  }

  const m = capacityRows.length;
  const capKeys = capacityRows.map((g) => {
    const { c, r } = at(g);
    return {
      g,
      type: ORDER_TYPES.indexOf(cols.strings[c.orderType[r]!] as OrderType),
      orderNo: cols.strings[c.orderNo[r]!]!.toUpperCase(),
      entryNo: c.entryNo[r]!,
    };
  });
  capKeys.sort(
    (a, b) => a.type - b.type || (a.orderNo < b.orderNo ? -1 : a.orderNo > b.orderNo ? 1 : 0) || a.entryNo - b.entryNo,
  );

  const out = new Uint32Array(n + m);
  for (let i = 0; i < n; i++) out[i] = itemRows[sorted[i]!]!;
  for (let i = 0; i < m; i++) out[n + i] = capKeys[i]!.g;
  return out;
}

/**
 * Places 0..n-1 sorted by (item rank, day, place) when places already follow the entry nos.: a stable
 * counting sort by item, then each item's run sorted by day unless it already is (rows stored by date).
 */
function byItemThenDay(rankOf: Uint32Array, days: Int32Array, n: number, ranks: number): Uint32Array {
  const start = new Uint32Array(ranks + 1);
  for (let i = 0; i < n; i++) start[rankOf[i]! + 1]!++;
  for (let k = 0; k < ranks; k++) start[k + 1]! += start[k]!;
  const next = start.slice(0, ranks);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[next[rankOf[i]!]!++] = i;
  for (let k = 0; k < ranks; k++) {
    const from = start[k]!;
    const to = start[k + 1]!;
    let inOrder = true;
    for (let i = from + 1; i < to && inOrder; i++) inOrder = days[order[i - 1]!]! <= days[order[i]!]!;
    if (inOrder) continue;
    const run = order.slice(from, to);
    run.sort((a, b) => days[a]! - days[b]! || a - b);
    order.set(run, from);
  }
  return order;
}
