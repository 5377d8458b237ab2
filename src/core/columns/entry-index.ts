// Entry no. → row lookup for a column of entry nos: arithmetic when the rows hold consecutive numbers (the
// usual 1..N, nothing to build), a dense Int32Array when the numbers are compact, otherwise a Map.

import type { WholeColumn } from './ledger-columns';

export interface EntryIndex {
  rowOf(entryNo: number): number;
}

/** Whether entryNo[i] = entryNo[0] + i on every row (then row = entry no. − entryNo[0]). */
function isConsecutive(entryNo: WholeColumn): boolean {
  const first = entryNo[0]!;
  if (!Number.isSafeInteger(first)) return false;
  for (let i = 1; i < entryNo.length; i++) if (entryNo[i] !== first + i) return false;
  return true;
}

/** Columns known to rise row by row (ledgers are immutable once built, so the answer keeps). */
const ascending = new WeakMap<WholeColumn, boolean>();

/** Whether the entry nos. rise row by row; no scan when buildEntryIndex already found them consecutive. */
export function isAscending(entryNo: WholeColumn): boolean {
  let known = ascending.get(entryNo);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < entryNo.length && known; i++) known = entryNo[i]! > entryNo[i - 1]!;
    ascending.set(entryNo, known);
  }
  return known;
}

export function buildEntryIndex(entryNo: WholeColumn): EntryIndex {
  const n = entryNo.length;
  if (n > 0 && isConsecutive(entryNo)) {
    ascending.set(entryNo, true);
    const first = entryNo[0]!;
    const last = first + n - 1;
    return { rowOf: (e) => (e >= first && e <= last && Number.isInteger(e) ? e - first : -1) };
  }
  let max = 0;
  let dense = true;
  for (let i = 0; i < n; i++) {
    const e = entryNo[i]!;
    if (e > max) max = e;
    if (e < 0 || !Number.isInteger(e)) dense = false;
  }
  if (dense && max <= 4 * n + 1024) {
    const rows = new Int32Array(max + 1).fill(-1);
    for (let i = 0; i < n; i++) rows[entryNo[i]!] = i;
    return { rowOf: (e) => (e >= 0 && e <= max && Number.isInteger(e) ? rows[e]! : -1) };
  }
  const map = new Map<number, number>();
  for (let i = 0; i < n; i++) map.set(entryNo[i]!, i);
  return { rowOf: (e) => map.get(e) ?? -1 };
}
