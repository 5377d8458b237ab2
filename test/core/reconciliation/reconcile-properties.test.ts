// Properties over generated ledgers posted by Costbook's batch job or straight from the posting rules
// (per entry, or per posting group with or without relation amounts): the causes of every Difference cell
// add up to it, a correctly posted ledger has nothing unexplained, and the item side equals the value
// entries' cost (Inventory column total = Σ Cost Amount (Actual) of non-capacity entries, and so on).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, sumDecimals } from '../../../src/core/money';
import { MATRIX_FIELDS, reconcile } from '../../../src/core/reconciliation';
import { buildScenario, cleanFilters, scenarioArb } from './generated-scenarios';

const inDate = (filter: string | undefined, date: string) => {
  if (!filter) return true;
  const [from = '', to = ''] = filter.split('..');
  return (from === '' || date >= from) && (to === '' || date <= to);
};

describe('reconciliation properties', () => {
  it('causes add up to every Difference; a Costbook-posted ledger has nothing unexplained; item side = value entries', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const ds = buildScenario(s);
        const filters = cleanFilters(s.filters);
        const r = reconcile(ds, filters);
        if (!r.ok) throw new Error('reconcile refused');
        const m = r.value;
        for (const field of MATRIX_FIELDS) {
          const isColumn = field === 'Inventory' || field === 'Inventory (Interim)' || field === 'WIP Inventory';
          const diff = m.cells[isColumn ? `Difference|${field}` : `${field}|Difference`]!;
          const sum = sumDecimals(m.causes.filter((c) => c.field === field).map((c) => c.amount));
          expect(sum.eq(dec(diff)), `${field}: causes ${sum.toFixed()} ≠ difference ${diff}`).toBe(true);
        }
        expect(m.causes.filter((c) => c.code === 'unexplained')).toEqual([]);

        const inside = ds.valueEntries.filter(
          (v) =>
            inDate(filters.dateFilter, v.postingDate) &&
            (filters.itemFilter === undefined || v.itemNo === filters.itemFilter) &&
            (filters.locationFilter === undefined || v.locationCode === filters.locationFilter),
        );
        const inventory = sumDecimals(
          inside.filter((v) => v.itemLedgerEntryType !== '').map((v) => v.costAmountActual),
        );
        expect(dec(m.cells['Total|Inventory']!).eq(inventory)).toBe(true);
        const interim = sumDecimals(
          inside
            .filter((v) => ['Purchase', 'Sale', 'Output'].includes(v.itemLedgerEntryType))
            .filter((v) => v.entryType === 'Direct Cost' || v.entryType === 'Revaluation')
            .map((v) => v.costAmountExpected),
        );
        expect(dec(m.cells['Total|Inventory (Interim)']!).eq(interim)).toBe(true);
        // Each balance-sheet total is minus the sum of the income-statement cells of its column.
        for (const col of ['Inventory', 'Inventory (Interim)', 'WIP Inventory']) {
          const isCells = sumDecimals(m.rows.slice(0, 14).map((row) => m.cells[`${row}|${col}`]!));
          expect(dec(m.cells[`Total|${col}`]!).eq(isCells.neg()), col).toBe(true);
        }
        // Without item/location filter and without direct postings, a fully posted ledger reconciles.
        if (
          !filters.itemFilter &&
          filters.locationFilter === undefined &&
          !filters.dateFilter &&
          s.postUpTo >= 28 &&
          s.directPostings.length === 0
        ) {
          const left = m.causes.filter((c) => c.code !== 'expected-cost-posting-off');
          expect(left).toEqual([]);
        }
      }),
      { numRuns: 150, seed: 20251125 },
    );
  });
});
