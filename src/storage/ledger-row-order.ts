// The export order of a ledger's stored rows: by its key fields (entry no.; G/L entry no. then value entry
// no. for relations), equal keys in stored order — the order a stable sort of the loaded rows gives.
import { exceptionValue } from './chunk-codec';
import type { FieldChunk } from './coded-cells';

/** A key field's values over the whole table, in stored order (numbers, or decoded values when any is not). */
function keyValues(chunks: readonly FieldChunk[]): Float64Array | unknown[] {
  const n = chunks.reduce((s, c) => s + c.rowCount, 0);
  const numbers = new Float64Array(n);
  let at = 0;
  for (const c of chunks) {
    numbers.set(c.values, at);
    at += c.rowCount;
  }
  if (!chunks.some((c) => c.exceptions?.length)) return numbers;
  const values: unknown[] = Array.from(numbers);
  at = 0;
  for (const c of chunks) {
    for (const [row, text] of c.exceptions ?? []) values[at + row] = exceptionValue('int', text);
    at += c.rowCount;
  }
  return values;
}

/** sortRecords' comparison of two key values: numbers by value, anything else as text. */
function compareValues(x: unknown, y: unknown): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const sx = String(x);
  const sy = String(y);
  return sx === sy ? 0 : sx < sy ? -1 : 1;
}

/**
 * Null when the stored order is already the export order (the usual case: entries are numbered as they are
 * written); else the stored row positions in export order.
 */
export function exportRowOrder(keyColumns: readonly (readonly FieldChunk[])[]): Uint32Array | null {
  const keys = keyColumns.map(keyValues);
  const n = keys[0]?.length ?? 0;
  const compare = (a: number, b: number): number => {
    for (const k of keys) {
      const order = compareValues(k[a], k[b]);
      if (order !== 0) return order;
    }
    return 0;
  };
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = !(compare(i - 1, i) > 0);
  if (sorted) return null;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => compare(a, b) || a - b);
}
