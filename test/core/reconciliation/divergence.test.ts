// Where did it diverge: the cumulative item and G/L sides of a field per posting date equal the matrix's Total
// and G/L Total under the date filter ..D on every date D, on generated ledgers; on the built-in sample (scenario
// 29's dataset) the first divergence dates and amounts are worked by hand.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLedgerColumns } from '../../../src/core/columns';
import { isoFromDayIndex } from '../../../src/core/dates';
import { readDatasetJson } from '../../../src/core/interchange';
import { fromMinorUnits } from '../../../src/core/money';
import { divergence, MATRIX_FIELDS, reconcile, type MatrixField } from '../../../src/core/reconciliation';
import { buildScenario, scenarioArb } from './generated-scenarios';
import { gl } from './ledger-fixture';

function cell(cells: Record<string, string>, row: string, field: string): string {
  return cells[`${row}|${field}`] ?? cells[`${field}|${row}`] ?? '0';
}

const minor = (n: number, scale: number) => (n === 0 ? '0' : fromMinorUnits(n, scale));

describe('divergence', () => {
  it('on the sample: Inventory parts ways on 2025-12-10 by the 0.01 correction, COGS on 2026-01-15', () => {
    const read = readDatasetJson(readFileSync('src/worker/sample/sample-dataset.json', 'utf8'));
    if (!read.ok) throw new Error('sample unreadable');
    const ds = read.value;
    const cols = buildLedgerColumns(ds);
    const inventory = divergence(cols, ds, 'Inventory');
    if (!inventory.ok) throw new Error('no divergence');
    // VE1–VE4 (110.01) and G/L 2130 (90.00 + 20.00) on 2025-12-10; the sales of 01-15 (−45.00) and 01-28 (−10.00).
    expect([...inventory.value.ordinals].map((o) => isoFromDayIndex(o >> 1))).toEqual([
      '2025-12-10',
      '2026-01-15',
      '2026-01-28',
    ]);
    expect(inventory.value.firstDivergence).toEqual({
      date: '2025-12-10',
      closing: false,
      item: '110.01',
      gl: '110.00',
      difference: '-0.01',
    });
    expect(inventory.value.end).toMatchObject({ item: '55.01', gl: '110.00', difference: '54.99' });
    const cogs = divergence(cols, ds, 'COGS');
    if (!cogs.ok) throw new Error('no divergence');
    expect(cogs.value.firstDivergence).toEqual({
      date: '2026-01-15',
      closing: false,
      item: '45.00',
      gl: '0',
      difference: '-45.00',
    });
    expect(cogs.value.end).toMatchObject({ item: '55.00', gl: '0', difference: '-55.00' });
    expect(divergence(cols, ds, 'WIP Inventory')).toMatchObject({ ok: true, value: { end: null } });
  });

  it('equals the matrix under ..D on every date D, for every field, on generated ledgers', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...MATRIX_FIELDS), (s, field) => {
        const ds = buildScenario(s);
        const d = divergence(buildLedgerColumns(ds), ds, field);
        if (!d.ok) throw new Error(d.problems.map((p) => p.message).join('; '));
        const { ordinals, itemMinor, glMinor, scale } = d.value;
        let firstSeen: string | null = null;
        ordinals.forEach((o, k) => {
          const date = `${o & 1 ? 'C' : ''}${isoFromDayIndex(o >> 1)}`;
          const m = reconcile(ds, { dateFilter: `..${date}` });
          if (!m.ok) throw new Error('matrix failed');
          expect(minor(itemMinor[k]!, scale)).toBe(cell(m.value.cells, 'Total', field));
          expect(minor(glMinor[k]!, scale)).toBe(cell(m.value.cells, 'G/L Total', field));
          if (firstSeen === null && cell(m.value.cells, 'Difference', field) !== '0') firstSeen = date;
        });
        expect(d.value.firstDivergence?.date ?? null).toBe(firstSeen);
        const all = reconcile(ds, {});
        if (!all.ok) throw new Error('matrix failed');
        expect(d.value.end?.difference ?? '0').toBe(cell(all.value.cells, 'Difference', field));
      }),
      { numRuns: 150 },
    );
  });

  it('puts a closing-date entry after its day, as the matrix’s ..C(D) filter does', () => {
    const read = readDatasetJson(readFileSync('src/worker/sample/sample-dataset.json', 'utf8'));
    if (!read.ok) throw new Error('sample unreadable');
    const ds = read.value;
    ds.glEntries.push(gl(5, '2130', '2025-12-10', '0.01', { closingDate: true }), gl(6, '7291', '2025-12-10', '-0.01'));
    const d = divergence(buildLedgerColumns(ds), ds, 'Inventory');
    if (!d.ok) throw new Error('no divergence');
    expect([...d.value.ordinals].map((o) => `${o & 1 ? 'C' : ''}${isoFromDayIndex(o >> 1)}`)).toEqual([
      '2025-12-10',
      'C2025-12-10',
      '2026-01-15',
      '2026-01-28',
    ]);
    // Still apart on the day itself; the closing entry's 0.01 brings them together after it.
    expect(minor(d.value.glMinor[1]! - d.value.itemMinor[1]!, 2)).toBe('0');
    const m = reconcile(ds, { dateFilter: '..C2025-12-10' });
    if (!m.ok) throw new Error('matrix failed');
    expect(cell(m.value.cells, 'Difference', 'Inventory')).toBe('0');
    expect(d.value.firstDivergence).toMatchObject({ date: '2025-12-10', closing: false, difference: '-0.01' });
  });

  it('refuses a name that is not a matrix field', () => {
    const read = readDatasetJson(readFileSync('src/worker/sample/sample-dataset.json', 'utf8'));
    if (!read.ok) throw new Error('sample unreadable');
    const r = divergence(buildLedgerColumns(read.value), read.value, 'Cash' as MatrixField);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['value-invalid']);
  });
});
