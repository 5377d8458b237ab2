// Properties over generated ledgers posted by Costbook's batch job or straight from the posting rules
// (per entry, or per posting group with or without relation amounts): the causes of every Difference cell
// add up to it, a correctly posted ledger has nothing unexplained, and the item side equals the value
// entries' cost (Inventory column total = Σ Cost Amount (Actual) of non-capacity entries, and so on).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, PostingMethod, ValueEntry } from '../../../src/core/model';
import { dec, sumDecimals } from '../../../src/core/money';
import { applyDatasetChanges } from '../../../src/core/model';
import { postInventoryCostToGL } from '../../../src/core/posting';
import { postByRules, type Grouping } from './post-by-rules';
import { MATRIX_FIELDS, reconcile, type ReconciliationFilters } from '../../../src/core/reconciliation';
import { ACCOUNTS as A, company, gl, ve } from './ledger-fixture';

type Kind = Pick<ValueEntry, 'itemLedgerEntryType' | 'entryType' | 'varianceType' | 'orderType'> & {
  expected?: boolean;
};
const K = (
  itemLedgerEntryType: Kind['itemLedgerEntryType'],
  entryType: Kind['entryType'],
  orderType: Kind['orderType'] = '',
  varianceType: Kind['varianceType'] = '',
  expected = false,
): Kind => ({ itemLedgerEntryType, entryType, orderType, varianceType, expected });

const KINDS: Kind[] = [
  K('Purchase', 'Direct Cost'),
  K('Purchase', 'Direct Cost', '', '', true),
  K('Purchase', 'Indirect Cost'),
  K('Purchase', 'Variance', '', 'Purchase'),
  K('Purchase', 'Revaluation'),
  K('Sale', 'Direct Cost'),
  K('Sale', 'Direct Cost', '', '', true),
  K('Sale', 'Rounding'),
  K('Positive Adjmt.', 'Direct Cost'),
  K('Negative Adjmt.', 'Direct Cost'),
  K('Transfer', 'Direct Cost', 'Transfer'),
  K('Consumption', 'Direct Cost', 'Production'),
  K('Output', 'Direct Cost', 'Production'),
  K('Output', 'Direct Cost', 'Production', '', true),
  K('Output', 'Indirect Cost', 'Production'),
  K('Output', 'Variance', 'Production', 'Material'),
  K('Output', 'Variance', 'Production', 'Capacity Overhead'),
  K('', 'Direct Cost', 'Production'),
  K('', 'Indirect Cost', 'Production'),
  K('', 'Direct Cost', 'Assembly'),
  K('', 'Indirect Cost', 'Assembly'),
  K('Assembly Output', 'Direct Cost', 'Assembly'),
  K('Assembly Consumption', 'Direct Cost', 'Assembly'),
];

const entryArb = fc.record({
  kind: fc.nat({ max: KINDS.length - 1 }),
  item: fc.constantFrom('1000', '1001'),
  location: fc.constantFrom('', 'RED'),
  day: fc.integer({ min: 1, max: 28 }),
  cents: fc.integer({ min: -50_000, max: 50_000 }),
});

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

const cents = (n: number) => dec(n.toString()).div(100).toFixed(2); // allow-number (test data)

function ledger(entries: Generated<typeof entryArb>[]): Dataset {
  const valueEntries = entries.map((e, i) => {
    const k = KINDS[e.kind]!;
    const amount = cents(e.cents);
    return ve(
      {
        entryNo: i + 1,
        itemNo: e.item,
        locationCode: e.location,
        postingDate: `2025-03-${String(e.day).padStart(2, '0')}`,
        itemLedgerEntryType: k.itemLedgerEntryType,
        entryType: k.entryType,
        varianceType: k.varianceType,
        orderType: k.orderType,
        costAmountActual: k.expected ? '0' : amount,
        costAmountExpected: k.expected ? amount : '0',
        expectedCost: k.expected ?? false,
      },
      false,
    );
  });
  return company({ valueEntries });
}

const scenarioArb = fc.record({
  entries: fc.array(entryArb, { minLength: 1, maxLength: 25 }),
  expectedCostPosting: fc.boolean(),
  grouping: fc.constantFrom<Grouping | `batch job ${PostingMethod}`>(
    'Per Entry',
    'Per Posting Group',
    'Per Posting Group without amounts',
    'batch job Per Entry',
    'batch job Per Posting Group',
  ),
  postUpTo: fc.integer({ min: 0, max: 28 }),
  directPostings: fc.array(
    fc.record({
      account: fc.constantFrom(A.cogs, A.inventory, A.wip, A.inventoryAdjmt),
      day: fc.integer({ min: 1, max: 28 }),
      cents: fc.integer({ min: -9999, max: 9999 }),
    }),
    { maxLength: 3 },
  ),
  filters: fc.record({
    dateFilter: fc.constantFrom(undefined, '2025-03-01..2025-03-14', '2025-03-15..', '..2025-03-10'),
    itemFilter: fc.constantFrom(undefined, '1000', '1001'),
    locationFilter: fc.constantFrom(undefined, 'RED', 'BLUE'),
  }),
});

function buildScenario(s: Generated<typeof scenarioArb>): Dataset {
  const ds = ledger(s.entries);
  ds.inventorySetup.expectedCostPostingToGL = s.expectedCostPosting;
  const upTo = `2025-03-${String(s.postUpTo).padStart(2, '0')}`;
  if (s.postUpTo > 0 && s.grouping.startsWith('batch job ')) {
    // Costbook's own batch job, when it is the poster.
    const postingMethod = s.grouping.slice('batch job '.length) as PostingMethod;
    const documentNo = postingMethod === 'Per Entry' ? {} : { documentNo: 'INVT-1' };
    const r = postInventoryCostToGL(ds, { postingMethod, ...documentNo, post: true, dateFilter: `..${upTo}` });
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
    applyDatasetChanges(ds, r.value.changes);
  } else if (s.postUpTo > 0) postByRules(ds, upTo, s.grouping as Grouping);
  let no = ds.glEntries.reduce((m, g) => Math.max(m, g.entryNo), 0);
  for (const d of s.directPostings) {
    const date = `2025-03-${String(d.day).padStart(2, '0')}`;
    ds.glEntries.push(gl(++no, d.account, date, cents(d.cents)), gl(++no, '2910', date, cents(-d.cents)));
  }
  return ds;
}

function cleanFilters(f: Generated<typeof scenarioArb>['filters']): ReconciliationFilters {
  const out: ReconciliationFilters = {};
  if (f.dateFilter) out.dateFilter = f.dateFilter;
  if (f.itemFilter) out.itemFilter = f.itemFilter;
  if (f.locationFilter) out.locationFilter = f.locationFilter;
  return out;
}

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
