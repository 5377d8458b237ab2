// Properties over generated small ledgers: every posted G/L transaction balances, relations add up to
// their G/L entry, preview lines equal posted lines, and posting twice posts nothing the second time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDatasetChanges } from '../../../src/core/model';
import { toMinorUnits } from '../../../src/core/money';
import { postInventoryCostToGL, type PostInventoryCostRequest } from '../../../src/core/posting';
import { baseDataset } from './fixtures';
import { entryArb, generatedEntries, type GeneratedEntry } from './generated-entries';

function ledger(rows: GeneratedEntry[], expectedOn: boolean) {
  const ds = baseDataset();
  ds.inventorySetup.expectedCostPostingToGL = expectedOn;
  ds.valueEntries = generatedEntries(
    rows,
    rows.map((_, i) => i + 1),
  );
  return ds;
}

const scenarioArb = fc.record({
  rows: fc.array(entryArb('narrow'), { minLength: 0, maxLength: 25 }),
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
