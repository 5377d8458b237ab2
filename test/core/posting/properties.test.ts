// Properties over generated small ledgers: every posted G/L transaction balances, relations add up to
// their G/L entry, preview lines equal posted lines, and posting twice posts nothing the second time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDatasetChanges, defaultValueEntry, type ValueEntry } from '../../../src/core/model';
import { fromMinorUnits, toMinorUnits } from '../../../src/core/money';
import { postInventoryCostToGL, type PostInventoryCostRequest } from '../../../src/core/posting';
import { baseDataset } from './fixtures';

const KINDS: [ValueEntry['itemLedgerEntryType'], ValueEntry['entryType'], ValueEntry['varianceType']][] = [
  ['Purchase', 'Direct Cost', ''],
  ['Purchase', 'Indirect Cost', ''],
  ['Purchase', 'Variance', 'Purchase'],
  ['Sale', 'Direct Cost', ''],
  ['Sale', 'Revaluation', ''],
  ['Sale', 'Indirect Cost', ''], // not allowed: skipped
  ['Positive Adjmt.', 'Direct Cost', ''],
  ['Transfer', 'Rounding', ''],
  ['Consumption', 'Direct Cost', ''],
  ['Output', 'Variance', 'Material'],
  ['Output', 'Direct Cost', ''],
  ['', 'Direct Cost', ''],
];

const amount = fc.integer({ min: -50000, max: 50000 }).map((n) => fromMinorUnits(n, 2));

const entryArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  itemNo: fc.constantFrom('1000', '1001', 'BIKE'),
  day: fc.integer({ min: 1, max: 4 }),
  location: fc.constantFrom('BLUE', 'RED', '', 'MARS'),
  bus: fc.constantFrom('DOMESTIC', '', 'EXPORT'),
  actual: amount,
  expected: amount,
  expectedCost: fc.boolean(),
  postedActual: fc.constantFrom('0', 'same', 'half'),
  dims: fc.constantFrom<Record<string, string>>({}, { DEPARTMENT: 'SALES' }, { DEPARTMENT: 'ADM', AREA: 'EU' }),
});

type Row = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function ledger(rows: Row[], expectedOn: boolean) {
  const ds = baseDataset();
  ds.inventorySetup.expectedCostPostingToGL = expectedOn;
  ds.valueEntries = rows.map((r, i): ValueEntry => {
    const ile = r.kind[0];
    const et = r.kind[1];
    const vt = r.kind[2];
    const capacity = ile === '';
    const carriesExpected = et === 'Direct Cost' || et === 'Revaluation';
    const half = fromMinorUnits(Math.trunc(toMinorUnits(r.actual, 2) / 2), 2);
    return defaultValueEntry({
      entryNo: i + 1,
      itemLedgerEntryNo: capacity ? 0 : i + 1,
      itemNo: r.itemNo,
      postingDate: `2026-01-0${r.day}`,
      itemLedgerEntryType: ile,
      entryType: et,
      varianceType: vt,
      orderType: capacity ? 'Production' : '',
      orderNo: capacity ? 'PO-1' : '',
      documentNo: `D-${r.day}`,
      locationCode: r.location,
      inventoryPostingGroup: 'RESALE',
      genBusPostingGroup: r.bus,
      genProdPostingGroup: 'RETAIL',
      costAmountActual: r.actual,
      costAmountExpected: carriesExpected ? r.expected : '0',
      expectedCost: carriesExpected && r.expectedCost,
      costPostedToGL: r.postedActual === 'same' ? r.actual : r.postedActual === 'half' ? half : '0',
      dimensions: r.dims,
    });
  });
  return ds;
}

const scenarioArb = fc.record({
  rows: fc.array(entryArb, { minLength: 0, maxLength: 25 }),
  expectedOn: fc.boolean(),
  perEntry: fc.boolean(),
});

function request(perEntry: boolean, post: boolean): PostInventoryCostRequest {
  return perEntry
    ? { postingMethod: 'Per Entry', post }
    : { postingMethod: 'Per Posting Group', documentNo: 'INVT-P', post };
}

function run(ds: ReturnType<typeof baseDataset>, req: PostInventoryCostRequest) {
  const r = postInventoryCostToGL(ds, req);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('posting properties', () => {
  it('every G/L transaction balances, relations add up, and the report columns sum to 0', () => {
    fc.assert(
      fc.property(scenarioArb, ({ rows, expectedOn, perEntry }) => {
        const v = run(ledger(rows, expectedOn), request(perEntry, true));
        const byTransaction = new Map<string, number>();
        for (const g of v.glEntries) {
          const k = `${g.postingDate} ${g.documentNo}`;
          byTransaction.set(k, (byTransaction.get(k) ?? 0) + toMinorUnits(g.amount, 2));
          expect(toMinorUnits(g.amount, 2)).not.toBe(0);
        }
        for (const sum of byTransaction.values()) expect(sum).toBe(0);
        const relationSums = new Map<number, number>();
        for (const r of v.relations)
          relationSums.set(r.glEntryNo, (relationSums.get(r.glEntryNo) ?? 0) + toMinorUnits(r.amount!, 2));
        for (const g of v.glEntries) expect(relationSums.get(g.entryNo)).toBe(toMinorUnits(g.amount, 2));
        const totals = Object.values(v.reportTotals).reduce((s, a) => s + toMinorUnits(a, 2), 0);
        expect(totals).toBe(0);
        expect(v.counts.valueEntriesPosted + v.counts.skipped).toBeLessThanOrEqual(rows.length);
      }),
      { numRuns: 200 },
    );
  });

  it('a preview shows exactly the lines the real run posts', () => {
    fc.assert(
      fc.property(scenarioArb, ({ rows, expectedOn, perEntry }) => {
        const ds = ledger(rows, expectedOn);
        const preview = run(ds, request(perEntry, false));
        const real = run(ds, request(perEntry, true));
        expect(preview.glEntries).toEqual(real.glEntries);
        expect(preview.relations).toEqual(real.relations);
        expect(preview.skipped).toEqual(real.skipped);
      }),
      { numRuns: 100 },
    );
  });

  it('posting twice posts nothing the second time and skips the same entries', () => {
    fc.assert(
      fc.property(scenarioArb, ({ rows, expectedOn, perEntry }) => {
        const ds = ledger(rows, expectedOn);
        const first = run(ds, request(perEntry, true));
        applyDatasetChanges(ds, first.changes);
        const second = run(ds, request(perEntry, true));
        expect(second.glEntries).toEqual([]);
        expect(second.changes.watermarks).toEqual([]);
        expect(second.skipped.map((s) => [s.valueEntryNo, s.code])).toEqual(
          first.skipped.map((s) => [s.valueEntryNo, s.code]),
        );
      }),
      { numRuns: 100 },
    );
  });
});
