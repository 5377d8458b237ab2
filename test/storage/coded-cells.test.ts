// Coded cells of the matrix read: the index bound (which dictionary pages a field needs, how big its remap
// table is) over chunks stored in 8, 16 and 32-bit arrays alike.
import { describe, expect, it } from 'vitest';
import { indexBound } from '../../src/storage/coded-cells';

describe('coded cells', () => {
  it('bounds 8 and 16-bit chunks by their array type and 32-bit ones by their largest cell', () => {
    expect(indexBound([{ rowCount: 2, values: Uint8Array.from([3, 9]) }])).toBe(256);
    expect(indexBound([{ rowCount: 1, values: Uint16Array.from([300]) }])).toBe(65536);
    const wide = { rowCount: 2, values: Uint32Array.from([70_000, 5]) };
    expect(indexBound([{ rowCount: 1, values: Uint8Array.from([1]) }, wide])).toBe(70_001);
    expect(() => indexBound([{ rowCount: 1, values: Float64Array.from([1]) }])).toThrow('unsigned');
  });
});
