// The matrix layout and cell formulas (reconciliation-matrix.md §2, §6) on hand-checked ledgers.
import { describe, expect, it } from 'vitest';
import { reconcile, type ReconciliationMatrix } from '../../../src/core/reconciliation';
import { ACCOUNTS as A, company, nonZeroCells, posted, ve } from './ledger-fixture';

function matrix(...args: Parameters<typeof reconcile>): ReconciliationMatrix {
  const r = reconcile(...args);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

describe('reconciliation matrix layout', () => {
  it("has BC's rows and columns in BC's order", () => {
    const m = matrix(company(), {});
    expect(m.rows).toEqual([
      'Inventory To WIP',
      'WIP To Interim',
      'COGS (Interim)',
      'Direct Cost Applied',
      'Overhead Applied',
      'Inventory Adjmt.',
      'Invt. Accrual (Interim)',
      'COGS',
      'Purchase Variance',
      'Material Variance',
      'Capacity Variance',
      'Subcontracted Variance',
      'Capacity Overhead Variance',
      'Mfg. Overhead Variance',
      'Total',
      'G/L Total',
      'Difference',
      'Warning',
    ]);
    expect(m.columns).toEqual([
      'Inventory',
      'Inventory (Interim)',
      'WIP Inventory',
      'Total',
      'G/L Total',
      'Difference',
      'Warning',
    ]);
    expect(m.filtered).toBe(false);
    // Every amount cell is there, blank as "0"; no Warning cells among the amounts.
    expect(Object.keys(m.cells)).toHaveLength(17 * 6);
    expect(nonZeroCells(m.cells)).toEqual({});
  });

  it('adds a Not Attributable row and column after G/L Total under an item filter', () => {
    const m = matrix(company(), { itemFilter: '1000' });
    expect(m.filtered).toBe(true);
    expect(m.rows.slice(14, 18)).toEqual(['Total', 'G/L Total', 'Not Attributable', 'Difference']);
    expect(m.columns.slice(3, 7)).toEqual(['Total', 'G/L Total', 'Not Attributable', 'Difference']);
  });
});

describe('reconciliation matrix cells', () => {
  it('purchase with overhead and a sale, all posted: no difference (scenario 20 numbers)', () => {
    const v1 = ve({
      entryNo: 1,
      itemLedgerEntryType: 'Purchase',
      postingDate: '2020-01-01',
      costAmountActual: '70.00',
    });
    const v2 = ve({
      entryNo: 2,
      itemLedgerEntryType: 'Purchase',
      entryType: 'Indirect Cost',
      postingDate: '2020-01-01',
      costAmountActual: '10.00',
    });
    const v3 = ve({ entryNo: 3, itemLedgerEntryType: 'Sale', postingDate: '2020-01-15', costAmountActual: '-48.00' });
    const p = [
      posted(1, v1, A.inventory, A.directCostApplied, '70.00'),
      posted(3, v2, A.inventory, A.overheadApplied, '10.00'),
      posted(5, v3, A.inventory, A.cogs, '-48.00'),
    ];
    const ds = company({
      valueEntries: [v1, v2, v3],
      glEntries: p.flatMap((x) => x.glEntries),
      glItemLedgerRelations: p.flatMap((x) => x.relations),
    });
    const m = matrix(ds, {});
    expect(nonZeroCells(m.cells)).toEqual({
      'Direct Cost Applied|Inventory': '-70.00',
      'Direct Cost Applied|Total': '-70.00',
      'Direct Cost Applied|G/L Total': '-70.00',
      'Overhead Applied|Inventory': '-10.00',
      'Overhead Applied|Total': '-10.00',
      'Overhead Applied|G/L Total': '-10.00',
      'COGS|Inventory': '48.00',
      'COGS|Total': '48.00',
      'COGS|G/L Total': '48.00',
      'Total|Inventory': '32.00',
      'G/L Total|Inventory': '32.00',
    });
    expect(m.causes).toEqual([]);
    expect(m.warnings).toEqual({});
  });

  it('production: consumption, capacity and output fill Inventory To WIP and the WIP column', () => {
    // Consume 40 of component 1000 into order PO1, 25 capacity (20 direct + 5 overhead), output BIKE at 65.
    const prod = { orderType: 'Production' as const, orderNo: 'PO1' };
    const ds = company({
      valueEntries: [
        ve({ entryNo: 1, itemLedgerEntryType: 'Purchase', postingDate: '2024-03-01', costAmountActual: '100.00' }),
        ve({
          entryNo: 2,
          itemLedgerEntryType: 'Consumption',
          postingDate: '2024-03-02',
          costAmountActual: '-40.00',
          ...prod,
        }),
        ve({ entryNo: 3, itemLedgerEntryType: '', postingDate: '2024-03-02', costAmountActual: '20.00', ...prod }),
        ve({
          entryNo: 4,
          itemLedgerEntryType: '',
          entryType: 'Indirect Cost',
          postingDate: '2024-03-02',
          costAmountActual: '5.00',
          ...prod,
        }),
        ve({
          entryNo: 5,
          itemLedgerEntryType: 'Output',
          itemNo: 'BIKE',
          inventoryPostingGroup: 'FINISHED',
          postingDate: '2024-03-03',
          costAmountActual: '65.00',
          ...prod,
        }),
      ],
    });
    const m = matrix(ds, {});
    expect(nonZeroCells(m.cells)).toMatchObject({
      // Inventory To WIP: −(consumption + output) in Inventory, + in WIP.
      'Inventory To WIP|Inventory': '-25.00',
      'Inventory To WIP|WIP Inventory': '25.00',
      'Direct Cost Applied|Inventory': '-100.00',
      'Direct Cost Applied|WIP Inventory': '-20.00',
      'Direct Cost Applied|Total': '-120.00',
      'Overhead Applied|WIP Inventory': '-5.00',
      'Overhead Applied|Total': '-5.00',
      'Total|Inventory': '125.00',
      // WIP: +40 consumed, +25 capacity, −65 output.
      'Difference|Inventory': '-125.00',
    });
    expect(m.cells['Total|WIP Inventory']).toBe('0');
    // Each balance-sheet total is minus the sum of the income-statement cells of its column.
    for (const col of ['Inventory', 'Inventory (Interim)', 'WIP Inventory']) {
      let sum = 0n;
      for (const row of m.rows.slice(0, 14)) sum += BigInt(m.cells[`${row}|${col}`]!.replace('.', ''));
      expect(BigInt((m.cells[`Total|${col}`] === '0' ? '0' : m.cells[`Total|${col}`]!).replace('.', ''))).toBe(-sum);
    }
  });

  it('expected cost: interim columns and rows, and WIP To Interim for output', () => {
    const ds = company({
      inventorySetup: { ...company().inventorySetup, expectedCostPostingToGL: true },
      valueEntries: [
        ve(
          { entryNo: 1, itemLedgerEntryType: 'Purchase', postingDate: '2024-01-05', costAmountExpected: '95.00' },
          false,
        ),
        ve({ entryNo: 2, itemLedgerEntryType: 'Sale', postingDate: '2024-01-06', costAmountExpected: '-30.00' }, false),
        ve(
          {
            entryNo: 3,
            itemLedgerEntryType: 'Output',
            postingDate: '2024-01-07',
            costAmountExpected: '50.00',
            orderType: 'Production',
          },
          false,
        ),
      ],
    });
    const m = matrix(ds, {});
    expect(nonZeroCells(m.cells)).toEqual({
      'WIP To Interim|Inventory (Interim)': '-50.00',
      'WIP To Interim|WIP Inventory': '50.00',
      'COGS (Interim)|Inventory (Interim)': '30.00',
      'COGS (Interim)|Total': '30.00',
      'COGS (Interim)|Difference': '-30.00',
      'Invt. Accrual (Interim)|Inventory (Interim)': '-95.00',
      'Invt. Accrual (Interim)|Total': '-95.00',
      'Invt. Accrual (Interim)|Difference': '95.00',
      'Total|Inventory (Interim)': '115.00',
      'Total|WIP Inventory': '-50.00',
      'Difference|Inventory (Interim)': '-115.00',
      'Difference|WIP Inventory': '50.00',
    });
    // Nothing is posted and expected-cost posting is on: all of it is cost-not-posted.
    expect(m.causes.map((c) => [c.field, c.code, c.amount])).toEqual([
      ['Inventory (Interim)', 'cost-not-posted', '-115.00'],
      ['WIP Inventory', 'cost-not-posted', '50.00'],
      ['COGS (Interim)', 'cost-not-posted', '-30.00'],
      ['Invt. Accrual (Interim)', 'cost-not-posted', '95.00'],
    ]);
  });

  it('assembly capacity follows the posting rules: +A to Inventory Adjmt. against Direct Cost Applied', () => {
    const v = ve({
      entryNo: 1,
      itemLedgerEntryType: '',
      postingDate: '2024-02-01',
      costAmountActual: '12.00',
      orderType: 'Assembly',
    });
    const p = posted(1, v, A.inventoryAdjmt, A.directCostApplied, '12.00');
    const m = matrix(company({ valueEntries: [v], glEntries: p.glEntries, glItemLedgerRelations: p.relations }), {});
    expect(nonZeroCells(m.cells)).toEqual({
      'Direct Cost Applied|Inventory': '-12.00',
      'Direct Cost Applied|Total': '-12.00',
      'Direct Cost Applied|G/L Total': '-12.00',
      'Inventory Adjmt.|Inventory': '12.00',
      'Inventory Adjmt.|Total': '12.00',
      'Inventory Adjmt.|G/L Total': '12.00',
    });
    expect(m.causes).toEqual([]);
  });

  it('refuses a bad date filter with a problem', () => {
    const r = reconcile(company(), { dateFilter: '2024-13-01..' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'value-invalid', where: { field: 'dateFilter' } });
  });
});
