// Filters on both sides (domain.md §6 point 1): G/L Total from the relations of the filtered value entries,
// shares split by re-derived amounts with the remainder on the largest share, Not Attributable amounts.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/model';
import { reconcile, type ReconciliationFilters, type ReconciliationMatrix } from '../../../src/core/reconciliation';
import { ACCOUNTS as A, company, gl, nonZeroCells, rel, ve } from './ledger-fixture';

function run(ds: Dataset, filters: ReconciliationFilters): ReconciliationMatrix {
  const r = reconcile(ds, filters);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

/**
 * One per-posting-group line 2130 +90.00 / 7291 −90.00 shared by VE1 (1000, 30.00), VE2 (1001, 25.00) and
 * VE3 (1001, posted at 35.00, now 35.01, its 0.01 posted on a line of its own); relations without amounts
 * as BC exports them. A write-off of 15.00 by hand (7290 / 2130) belongs to no value entry.
 */
function sharedLine(): Dataset {
  const purchase = (entryNo: number, itemNo: string, amount: string) =>
    ve({ entryNo, itemNo, itemLedgerEntryType: 'Purchase', postingDate: '2025-12-10', costAmountActual: amount });
  return company({
    valueEntries: [purchase(1, '1000', '30.00'), purchase(2, '1001', '25.00'), purchase(3, '1001', '35.01')],
    glEntries: [
      gl(1, A.inventory, '2025-12-10', '90.00'),
      gl(2, A.directCostApplied, '2025-12-10', '-90.00'),
      gl(3, A.inventory, '2025-12-10', '0.01'),
      gl(4, A.directCostApplied, '2025-12-10', '-0.01'),
      gl(5, A.cogs, '2026-01-05', '15.00'),
      gl(6, A.inventory, '2026-01-05', '-15.00'),
    ],
    glItemLedgerRelations: [
      rel(1, 1),
      rel(1, 2),
      rel(1, 3),
      rel(2, 1),
      rel(2, 2),
      rel(2, 3),
      rel(3, 3, '0.01'),
      rel(4, 3, '-0.01'),
    ],
  });
}

describe('filters on both sides', () => {
  it('without item or location filter the G/L side is the whole net change (BC)', () => {
    const m = run(sharedLine(), {});
    expect(m.filtered).toBe(false);
    expect(m.cells['G/L Total|Inventory']).toBe('75.01');
    expect(m.cells['Difference|Inventory']).toBe('-15.00');
    expect(m.causes.map((c) => `${c.field}: ${c.code} ${c.amount}`)).toEqual([
      'Inventory: direct-posting -15.00',
      'COGS: direct-posting 15.00',
    ]);
  });

  it('item 1001: its shares of the shared line (remainder −0.01 on VE3, the largest) plus its own line', () => {
    // 90 × 25/90.01 = 24.9972 → 25.00; 90 × 35.01/90.01 = 35.0061 → 35.01; with VE1's 30.00 that is 90.01,
    // so VE3's share becomes 35.00; item 1001 = 25.00 + 35.00 + 0.01 = 60.01 = its value entries.
    const m = run(sharedLine(), { itemFilter: '1001' });
    expect(nonZeroCells(m.cells)).toEqual({
      'Direct Cost Applied|Inventory': '-60.01',
      'Direct Cost Applied|Total': '-60.01',
      'Direct Cost Applied|G/L Total': '-60.01',
      'COGS|Not Attributable': '15.00',
      'Total|Inventory': '60.01',
      'G/L Total|Inventory': '60.01',
      'Not Attributable|Inventory': '-15.00',
    });
    expect(m.causes).toEqual([]);
  });

  it('item 1000 gets exactly 30.00 of the shared line', () => {
    const m = run(sharedLine(), { itemFilter: '1000' });
    expect(m.cells['G/L Total|Inventory']).toBe('30.00');
    expect(m.cells['Direct Cost Applied|G/L Total']).toBe('-30.00');
    expect(m.cells['Difference|Inventory']).toBe('0');
  });

  it('relation amounts, when present, are the shares as recorded', () => {
    const ds = sharedLine();
    ds.glItemLedgerRelations = ds.glItemLedgerRelations.map((r) =>
      r.glEntryNo === 1 ? { ...r, amount: ['30.00', '20.00', '40.00'][r.valueEntryNo - 1]! } : r,
    );
    const m = run(ds, { itemFilter: '1000' });
    expect(m.cells['G/L Total|Inventory']).toBe('30.00');
    const m2 = run(ds, { itemFilter: '1001' });
    expect(m2.cells['G/L Total|Inventory']).toBe('60.01');
    // VE2's recorded share (20.00) and VE3's (40.00) differ from their costs but add up to item 1001's.
    expect(m2.cells['Difference|Inventory']).toBe('0');
  });

  it('a location filter keeps only the value entries there; closing entries are Not Attributable too', () => {
    const ds = sharedLine();
    ds.valueEntries[0] = { ...ds.valueEntries[0]!, locationCode: 'RED' };
    ds.glEntries.push(gl(7, A.cogs, '2025-12-31', '-15.00', { closingDate: true }));
    const m = run(ds, { locationFilter: 'RED' });
    expect(m.cells['G/L Total|Inventory']).toBe('30.00');
    expect(m.cells['Not Attributable|Inventory']).toBe('-15.00');
    expect(m.cells['COGS|Not Attributable']).toBe('0');
    expect(m.causes).toEqual([]);
  });
});
