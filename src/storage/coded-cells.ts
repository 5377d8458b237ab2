// Loops over coded (dictionary-index) cells for the matrix read: each reads one array type only, since stored
// codes come as 8, 16 or 32 bits and V8 runs a loop over mixed typed-array types several times slower.
import type { StoredColumn } from './records';

/** One chunk's cells of one field, as stored. */
export interface FieldChunk {
  rowCount: number;
  values: StoredColumn;
  exceptions?: readonly (readonly [number, string])[];
}

/**
 * A coded column's cells as one Uint32Array: stored codes come as 8, 16 or 32 bits, and a loop reading all
 * three array types runs several times slower in V8 than one reading a single type. Converts in native code
 * into `scratch` when needed.
 */
export function asUint32(src: StoredColumn, n: number, scratch: Uint32Array): Uint32Array {
  if (src instanceof Uint32Array) return src;
  scratch.set(src.subarray(0, n));
  return scratch;
}

/** Remaps dictionary indexes into codes (one loop per target array type, so each stays monomorphic). */
export function remapInto32(
  cells: Uint32Array,
  n: number,
  remap: Int32Array,
  target: Uint32Array,
  at: number,
  miss: Miss,
) {
  for (let i = 0; i < n; i++) {
    let code = remap[cells[i]!]!;
    if (code < 0) code = miss(cells[i]!);
    target[at + i] = code;
  }
}

export function remapInto8(
  cells: Uint32Array,
  n: number,
  remap: Int32Array,
  target: Uint8Array,
  at: number,
  miss: Miss,
) {
  for (let i = 0; i < n; i++) {
    let code = remap[cells[i]!]!;
    if (code < 0) code = miss(cells[i]!);
    target[at + i] = code;
  }
}

export type Miss = (index: number) => number;

export function maxRows(chunks: readonly FieldChunk[]): number {
  return chunks.reduce((n, c) => Math.max(n, c.rowCount), 0);
}

/**
 * One more than the largest dictionary index a coded field's chunks can hold: the array type's bound for 8 and
 * 16-bit cells (no scan), the largest cell + 1 for 32-bit ones.
 */
export function indexBound(chunks: readonly FieldChunk[]): number {
  let bound = 0;
  for (const c of chunks) {
    const v = c.values;
    let b: number;
    if (v instanceof Uint8Array) b = 0x100;
    else if (v instanceof Uint16Array) b = 0x10000;
    else if (v instanceof Uint32Array) b = maxOf(v, c.rowCount) + 1;
    else throw new Error('a coded column holds unsigned integers');
    if (b > bound) bound = b;
  }
  return bound;
}

function maxOf(cells: Uint32Array, n: number): number {
  let max = -1;
  for (let i = 0; i < n; i++) if (cells[i]! > max) max = cells[i]!;
  return max;
}
