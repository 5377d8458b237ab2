// Generated ledgers for the reconciliation properties: value entries of every kind over one month, posted up to a
// day by Costbook's batch job or straight from the posting rules, plus direct G/L postings and random filters.
import fc from 'fast-check';
import type { Dataset, PostingMethod, ValueEntry } from '../../../src/core/model';
import { dec } from '../../../src/core/money';
import { applyDatasetChanges } from '../../../src/core/model';
import { postInventoryCostToGL } from '../../../src/core/posting';
import type { ReconciliationFilters } from '../../../src/core/reconciliation';
import { postByRules, type Grouping } from './post-by-rules';
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

export type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

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

export const scenarioArb = fc.record({
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

export function buildScenario(s: Generated<typeof scenarioArb>): Dataset {
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

export function cleanFilters(f: Generated<typeof scenarioArb>['filters']): ReconciliationFilters {
  const out: ReconciliationFilters = {};
  if (f.dateFilter) out.dateFilter = f.dateFilter;
  if (f.itemFilter) out.itemFilter = f.itemFilter;
  if (f.locationFilter) out.locationFilter = f.locationFilter;
  return out;
}
