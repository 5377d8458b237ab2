// Entry no. → row lookup for a column of entry nos: a dense Int32Array when the numbers are compact
// (the usual 1..N), otherwise a Map.

export interface EntryIndex {
  rowOf(entryNo: number): number;
}

export function buildEntryIndex(entryNo: Float64Array): EntryIndex {
  const n = entryNo.length;
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
