// Coded (dictionary-index) cells of the matrix read, renumbered per field in first-seen order without their
// strings: the strings of the few distinct indexes are looked up once at the end, not before the rows.
import type { StoredColumn } from './records';

/** One chunk's cells of one field, as stored. */
export interface FieldChunk {
  rowCount: number;
  values: StoredColumn;
  /** The chunk's code table: `values` are positions in it (see ColumnRecord.codes). */
  codes?: Uint32Array;
  exceptions?: readonly (readonly [number, string])[];
}

/**
 * A coded column's cells as one Uint32Array: stored codes come as 8, 16 or 32 bits, and a loop reading all
 * three array types runs several times slower in V8 than one reading a single type. Converts in native code
 * into `scratch` when needed.
 */
export function asUint32(src: StoredColumn, n: number, scratch: Uint32Array): Uint32Array {
  if (src instanceof Uint32Array) return src;
  if (!(src instanceof Uint8Array || src instanceof Uint16Array))
    throw new Error('a coded column holds unsigned integers');
  scratch.set(src.subarray(0, n));
  return scratch;
}

/**
 * Renumbers dictionary indexes field by field: each field's distinct indexes get codes 0, 1, … in the order
 * its rows first show them (the order core's CodeDictionary.intern gives over the same rows). One table,
 * zero-filled so only the pages of the indexes met are ever touched, serves every field in turn.
 */
export class CodeRenumbering {
  /** Dictionary index → code + 1 of the current field (0: not met yet). */
  private readonly table: Int32Array;
  /** Indexes beyond the table (a dictionary bigger than its record says): correct, only slower. */
  private readonly beyond = new Map<number, number>();
  private seen: number[] = [];

  constructor(dictionarySize: number) {
    this.table = new Int32Array(Math.max(0x10000, dictionarySize));
  }

  /** Starts a field: the next codes count from 0 again. */
  startField(): void {
    for (const index of this.seen) if (index < this.table.length) this.table[index] = 0;
    this.beyond.clear();
    this.seen = [];
  }

  /** The current field's distinct indexes, in code order. */
  indexes(): readonly number[] {
    return this.seen;
  }

  /** Renumbers n cells into target[at…]; one loop per target type, so each stays monomorphic. */
  into32(cells: Uint32Array, n: number, target: Uint32Array, at: number): void {
    const table = this.table;
    for (let i = 0; i < n; i++) {
      const c = table[cells[i]!]!;
      target[at + i] = c > 0 ? c - 1 : this.miss(cells[i]!);
    }
  }

  into8(cells: Uint32Array, n: number, target: Uint8Array, at: number): void {
    const table = this.table;
    for (let i = 0; i < n; i++) {
      const c = table[cells[i]!]!;
      target[at + i] = c > 0 ? c - 1 : this.miss(cells[i]!);
    }
  }

  /**
   * The codes of a chunk's code table entries (its values are positions in the table), numbered in table
   * order: the order the chunk's rows first show them, so first-seen order holds across chunks.
   */
  codesOf(codeTable: Uint32Array): Uint32Array {
    const out = new Uint32Array(codeTable.length);
    for (let k = 0; k < codeTable.length; k++) out[k] = this.miss(codeTable[k]!);
    return out;
  }

  /** Codes through a chunk's code table (positions → codesOf's codes). */
  mapInto32(cells: Uint32Array, n: number, codes: Uint32Array, target: Uint32Array, at: number): void {
    for (let i = 0; i < n; i++) {
      const c = codes[cells[i]!];
      if (c === undefined) throw new Error('a stored cell lies outside its code table');
      target[at + i] = c;
    }
  }

  mapInto8(cells: Uint32Array, n: number, codes: Uint32Array, target: Uint8Array, at: number): void {
    for (let i = 0; i < n; i++) {
      const c = codes[cells[i]!];
      if (c === undefined) throw new Error('a stored cell lies outside its code table');
      target[at + i] = c;
    }
  }

  /** The code of an index met for the first time in this field (or beyond the table). */
  private miss(index: number): number {
    if (index < this.table.length) {
      const c = this.table[index]!;
      if (c > 0) return c - 1;
      this.table[index] = this.seen.length + 1;
    } else {
      const c = this.beyond.get(index);
      if (c !== undefined) return c;
      this.beyond.set(index, this.seen.length);
    }
    this.seen.push(index);
    return this.seen.length - 1;
  }
}

export function maxRows(chunks: readonly FieldChunk[]): number {
  return chunks.reduce((n, c) => Math.max(n, c.rowCount), 0);
}
