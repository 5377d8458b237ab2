// StringDictionary.locate: a few strings coded into a big dictionary by one scan must give exactly the codes
// the fully indexed dictionary gives, new strings appended in the order they are first asked for.
import { describe, expect, it } from 'vitest';
import { StringDictionary } from '../../src/storage/string-dictionary';

const stored = ['', 'PR00000001', 'PR00000002', '2130', 'BENCH', 'Chair', 'PR00000003', 'chair'];

describe('StringDictionary.locate', () => {
  it('codes located strings as the full index does, appending new ones in order', () => {
    const located = new StringDictionary([...stored]);
    located.locate(['Chair', '2130', 'NEW-1', '', 'PR00000003', 'NEW-2']);
    const codes = ['2130', 'NEW-2', 'Chair', 'NEW-1', '', 'PR00000003'].map((s) => located.code(s));
    // Stored strings keep their index (3, 5, 0, 6); the new ones follow the stored 8 in locate's order.
    expect(codes).toEqual([3, 9, 5, 8, 0, 6]);
    expect(located.values).toEqual([...stored, 'NEW-1', 'NEW-2']);
  });

  it('falls back to the full index for a string it was not asked to locate', () => {
    const located = new StringDictionary([...stored]);
    located.locate(['Chair']);
    expect(located.code('chair')).toBe(7);
    expect(located.code('PR00000002')).toBe(2);
    expect(located.code('Chair')).toBe(5);
    expect(located.code('NEW')).toBe(8);
    expect(located.size).toBe(9);
  });

  it('tells strings of the same length and first and last character apart', () => {
    const located = new StringDictionary(['AXB', 'AYB', 'AZB']);
    located.locate(['AYB', 'AQB']);
    expect([located.code('AYB'), located.code('AQB')]).toEqual([1, 3]);
  });
});
