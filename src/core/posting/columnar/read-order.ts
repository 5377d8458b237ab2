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
  const itemRows: number[] = [];
  const capacityRows: number[] = [];
  cols.chunks.forEach((c, k) => {
    const base = loc.offsets[k]!;
    for (let r = 0; r < c.rowCount; r++) {
      if (c.inventoriable[r] === 0) continue;
      const item = c.itemNo[r]!;
      let m = itemMatch.get(item);
      if (m === undefined) {
        m = items.matches(cols.strings[item]!);
        itemMatch.set(item, m);
      }
      if (!m) continue;
      if (filterDates && !ordinalInRange(dates, c.postingDate[r]! * 2)) continue;
      (c.itemLedgerEntryNo[r] === 0 ? capacityRows : itemRows).push(base + r);
    }
  });
  const at = (g: number) => ({ c: cols.chunks[loc.chunkOf[g]!]!, r: g - loc.offsets[loc.chunkOf[g]!]! });

  const n = itemRows.length;
  const itemCodes: number[] = new Array<number>(n);
  const key = new Float64Array(n);
  const entryNo = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { c, r } = at(itemRows[i]!);
    itemCodes[i] = c.itemNo[r]!;
    key[i] = c.postingDate[r]! + DAY_OFFSET;
    entryNo[i] = c.entryNo[r]!;
  }
  const itemRank = ranks(cols.strings, itemCodes, true);
  for (let i = 0; i < n; i++) key[i] = key[i]! + itemRank.get(itemCodes[i]!)! * DAY_SPAN;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => key[a]! - key[b]! || entryNo[a]! - entryNo[b]!);

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
  for (let i = 0; i < n; i++) out[i] = itemRows[order[i]!]!;
  for (let i = 0; i < m; i++) out[n + i] = capKeys[i]!.g;
  return out;
}
