// The CSV locator keeps runs of consecutive lines, yet answers exactly as a note-per-record map would:
// checked on hand-made cases and on random note sequences against that map.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvLocator } from '../../../src/core/interchange/csv-locator';

describe('CsvLocator', () => {
  it('names file and line across runs, files, gaps and a record noted twice', () => {
    const loc = new CsvLocator();
    for (let i = 0; i < 5; i++) loc.note('glEntries', i, 'gl-1.csv', i + 2); // lines 2-6
    loc.note('glEntries', 5, 'gl-1.csv', 9); // a quoted line break before it
    loc.note('glEntries', 6, 'gl-2.csv', 10); // next file, line happens to follow on
    loc.note('glEntries', 9, 'gl-2.csv', 11); // indexes 7, 8 never noted
    loc.note('generalLedgerSetup', 0, 'setup-a.csv', 2);
    loc.note('generalLedgerSetup', 0, 'setup-b.csv', 3); // a second file of a one-record table wins
    expect([0, 4, 5, 6, 7, 8, 9, 10].map((i) => [loc.file('glEntries', i), loc.line('glEntries', i)])).toEqual([
      ['gl-1.csv', 2],
      ['gl-1.csv', 6],
      ['gl-1.csv', 9],
      ['gl-2.csv', 10],
      [undefined, undefined],
      [undefined, undefined],
      ['gl-2.csv', 11],
      [undefined, undefined],
    ]);
    expect([loc.file('generalLedgerSetup', 0), loc.line('generalLedgerSetup', 0)]).toEqual(['setup-b.csv', 3]);
    expect(loc.line('valueEntries', 0)).toBeUndefined();
  });

  it('answers as a map of every note would', () => {
    const note = fc.record({
      table: fc.constantFrom('a', 'b'),
      step: fc.integer({ min: -2, max: 3 }),
      lineStep: fc.integer({ min: 1, max: 3 }),
      file: fc.constantFrom('x.csv', 'y.csv'),
    });
    fc.assert(
      fc.property(fc.array(note, { maxLength: 60 }), (notes) => {
        const loc = new CsvLocator();
        const expected = new Map<string, [string, number]>();
        const at = { a: [0, 1], b: [0, 1] } as Record<string, [number, number]>;
        for (const n of notes) {
          const [index, line] = at[n.table]!;
          const i = Math.max(0, index + n.step);
          const l = line + n.lineStep;
          loc.note(n.table, i, n.file, l);
          expected.set(`${n.table}|${i}`, [n.file, l]);
          at[n.table] = [i + 1, l];
        }
        for (const table of ['a', 'b'])
          for (let i = 0; i < 70; i++) {
            const e = expected.get(`${table}|${i}`);
            expect([loc.file(table, i), loc.line(table, i)]).toEqual(e ?? [undefined, undefined]);
          }
      }),
    );
  });
});
