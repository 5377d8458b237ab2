// Coded cells of the matrix read: dictionary indexes stored in 8, 16 and 32-bit arrays renumbered per field in
// first-seen order (as CodeDictionary.intern numbers the same rows), each field starting again from 0.
import { describe, expect, it } from 'vitest';
import { asUint32, CodeRenumbering } from '../../src/storage/coded-cells';

function renumber(r: CodeRenumbering, chunks: (Uint8Array | Uint16Array | Uint32Array)[]): number[] {
  const rows = chunks.reduce((n, c) => n + c.length, 0);
  const target = new Uint32Array(rows);
  const scratch = new Uint32Array(rows);
  let at = 0;
  for (const c of chunks) {
    r.into32(asUint32(c, c.length, scratch), c.length, target, at);
    at += c.length;
  }
  return [...target];
}

describe('CodeRenumbering', () => {
  it('numbers indexes in first-seen order across chunks of any width', () => {
    const r = new CodeRenumbering(100_000);
    r.startField();
    const codes = renumber(r, [Uint8Array.from([7, 3, 7]), Uint16Array.from([300, 3]), Uint32Array.from([70_000, 7])]);
    expect(codes).toEqual([0, 1, 0, 2, 1, 3, 0]);
    expect(r.indexes()).toEqual([7, 3, 300, 70_000]);
  });

  it('starts each field from code 0 and forgets the previous field', () => {
    const r = new CodeRenumbering(10);
    r.startField();
    renumber(r, [Uint8Array.from([5, 6])]);
    r.startField();
    expect(renumber(r, [Uint8Array.from([6, 9, 5])])).toEqual([0, 1, 2]);
    expect(r.indexes()).toEqual([6, 9, 5]);
  });

  it('renumbers into 8-bit columns alike', () => {
    const r = new CodeRenumbering(0);
    r.startField();
    const target = new Uint8Array(4);
    r.into8(Uint32Array.from([40, 41, 40, 2]), 4, target, 0);
    expect([...target]).toEqual([0, 1, 0, 2]);
  });

  it('still numbers indexes beyond the dictionary size its table was made for', () => {
    const r = new CodeRenumbering(0);
    r.startField();
    expect(renumber(r, [Uint32Array.from([5_000_000, 1, 5_000_000, 70_000])])).toEqual([0, 1, 0, 2]);
    expect(r.indexes()).toEqual([5_000_000, 1, 70_000]);
    r.startField();
    expect(renumber(r, [Uint32Array.from([70_000, 5_000_000])])).toEqual([0, 1]);
  });

  it('refuses cells that are not unsigned integers', () => {
    expect(() => asUint32(Float64Array.from([1]), 1, new Uint32Array(1))).toThrow('unsigned');
  });
});
