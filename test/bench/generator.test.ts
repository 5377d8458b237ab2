// The bench generator: same seed, same entries; exactly n value and G/L entries; cost posting that
// balances and matches the value entries' watermarks; differences the matrix can explain.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/core/reconciliation';
import { toMinorUnits } from '../../src/core/money';
import { generateDataset } from './generator/in-memory';

const small = () => generateDataset({ n: 2000, seed: 7, glEntries: 2000 });

describe('bench dataset generator', () => {
  it('gives the same entries for the same seed and others for another seed', () => {
    const a = small().dataset;
    const b = small().dataset;
    const c = generateDataset({ n: 2000, seed: 8, glEntries: 2000 }).dataset;
    expect(JSON.stringify(b.valueEntries)).toBe(JSON.stringify(a.valueEntries));
    expect(JSON.stringify(b.glEntries)).toBe(JSON.stringify(a.glEntries));
    expect(JSON.stringify(c.valueEntries)).not.toBe(JSON.stringify(a.valueEntries));
  });

  it('creates exactly n value entries and n G/L entries, numbered from 1', () => {
    const { dataset, counts } = small();
    expect(dataset.valueEntries).toHaveLength(2000);
    expect(dataset.glEntries).toHaveLength(2000);
    expect(dataset.valueEntries.map((v) => v.entryNo)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    expect(counts.postedValueEntries).toBeGreaterThan(500);
    expect(counts.postedValueEntries).toBeLessThan(2000);
  });

  it('posts balanced G/L entries whose related amounts equal what each value entry has posted', () => {
    const { dataset } = small();
    const glTotal = dataset.glEntries.reduce((s, g) => s + toMinorUnits(g.amount, 2), 0);
    expect(glTotal).toBe(0);
    const debitsPerEntry = new Map<number, number>();
    for (const r of dataset.glItemLedgerRelations) {
      const minor = toMinorUnits(r.amount ?? '0', 2);
      if (minor > 0) debitsPerEntry.set(r.valueEntryNo, (debitsPerEntry.get(r.valueEntryNo) ?? 0) + minor);
    }
    for (const ve of dataset.valueEntries) {
      const posted =
        Math.abs(toMinorUnits(ve.costPostedToGL, 2)) + Math.abs(toMinorUnits(ve.expectedCostPostedToGL, 2));
      expect(debitsPerEntry.get(ve.entryNo) ?? 0).toBe(posted);
    }
  });

  it('leaves only differences the matrix explains: unposted cost and direct postings', () => {
    const result = reconcile(small().dataset, {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const codes = new Set(result.value.causes.map((c) => c.code));
    expect([...codes].sort()).toEqual(['cost-not-posted', 'direct-posting']);
  });
});
