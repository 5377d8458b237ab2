// Difference causes (domain.md §7) on small hand-checked ledgers: each cause's amount, its entries, and the
// Warning label of the largest cause.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/model';
import { reconcile, type ReconciliationFilters, type ReconciliationMatrix } from '../../../src/core/reconciliation';
import { ACCOUNTS as A, company, gl, posted, ve } from './ledger-fixture';

function run(ds: Dataset, filters: ReconciliationFilters = {}): ReconciliationMatrix {
  const r = reconcile(ds, filters);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

const causes = (m: ReconciliationMatrix) => m.causes.map((c) => `${c.field}: ${c.code} ${c.amount}`);

/** Purchase 100.00 on 2025-01-10 and sale −80.00 on 2025-06-01, both posted (G/L 1–4). */
function purchaseAndSale(overrides: Partial<Dataset> = {}): Dataset {
  const v1 = ve({ entryNo: 1, itemLedgerEntryType: 'Purchase', postingDate: '2025-01-10', costAmountActual: '100.00' });
  const v2 = ve({ entryNo: 2, itemLedgerEntryType: 'Sale', postingDate: '2025-06-01', costAmountActual: '-80.00' });
  const p = [posted(1, v1, A.inventory, A.directCostApplied, '100.00'), posted(3, v2, A.inventory, A.cogs, '-80.00')];
  return company({
    valueEntries: [v1, v2],
    glEntries: p.flatMap((x) => x.glEntries),
    glItemLedgerRelations: p.flatMap((x) => x.relations),
    ...overrides,
  });
}

describe('difference causes', () => {
  it('cost-not-posted: the unposted part of each value entry, with its entries', () => {
    const ds = purchaseAndSale();
    ds.valueEntries.push(
      ve({ entryNo: 3, itemLedgerEntryType: 'Sale', postingDate: '2025-07-01', costAmountActual: '-15.00' }, false),
    );
    // A partly posted entry: 10.00 of 12.00 reached the G/L.
    ds.valueEntries.push({
      ...ve({ entryNo: 4, itemLedgerEntryType: 'Purchase', postingDate: '2025-07-02', costAmountActual: '12.00' }),
      costPostedToGL: '10.00',
    });
    ds.glEntries.push(gl(5, A.inventory, '2025-07-02', '10.00'), gl(6, A.directCostApplied, '2025-07-02', '-10.00'));
    ds.glItemLedgerRelations.push(
      { glEntryNo: 5, valueEntryNo: 4, amount: '10.00' },
      { glEntryNo: 6, valueEntryNo: 4, amount: '-10.00' },
    );
    const m = run(ds);
    // Inventory: item 100 − 80 − 15 + 12 = 17, G/L 100 − 80 + 10 = 30 → 13 = −(−15 + 2).
    expect(m.cells['Difference|Inventory']).toBe('13.00');
    expect(causes(m)).toEqual([
      'Inventory: cost-not-posted 13.00',
      'Direct Cost Applied: cost-not-posted 2.00',
      'COGS: cost-not-posted -15.00',
    ]);
    expect(m.causes[0]).toMatchObject({
      valueEntryNos: [3, 4],
      glEntryNos: [],
      valueEntryCount: 2,
      label: 'Post Cost to G/L',
    });
    expect(m.warnings).toEqual({
      'Warning|Inventory': 'Post Cost to G/L',
      'Direct Cost Applied|Warning': 'Post Cost to G/L',
      'COGS|Warning': 'Post Cost to G/L',
    });
  });

  it('direct-posting and closing-entries, and the closing date inside or outside the date filter', () => {
    const ds = purchaseAndSale();
    ds.glEntries.push(
      gl(5, A.cogs, '2025-07-01', '15.00'),
      gl(6, '2910', '2025-07-01', '-15.00'),
      gl(7, A.cogs, '2025-12-31', '-95.00', { closingDate: true }),
      gl(8, '3300', '2025-12-31', '95.00', { closingDate: true }),
    );
    const all = run(ds);
    expect(all.cells['COGS|G/L Total']).toBe('0');
    expect(all.cells['COGS|Difference']).toBe('-80.00');
    expect(causes(all)).toEqual(['COGS: direct-posting 15.00', 'COGS: closing-entries -95.00']);
    expect(all.causes.map((c) => c.glEntryNos)).toEqual([[5], [7]]);
    expect(all.warnings).toEqual({ 'COGS|Warning': 'Closed Fiscal Year' });

    // ..2025-12-31 ends before C2025-12-31; ..C2025-12-31 includes it.
    expect(causes(run(ds, { dateFilter: '..2025-12-31' }))).toEqual(['COGS: direct-posting 15.00']);
    expect(causes(run(ds, { dateFilter: '..C2025-12-31' }))).toEqual([
      'COGS: direct-posting 15.00',
      'COGS: closing-entries -95.00',
    ]);
  });

  it('posting-date-mismatch: G/L entries dated after their value entry', () => {
    const v1 = ve({
      entryNo: 1,
      itemLedgerEntryType: 'Purchase',
      postingDate: '2025-01-31',
      costAmountActual: '100.00',
    });
    const p = posted(1, v1, A.inventory, A.directCostApplied, '100.00', '2025-02-01');
    const ds = company({ valueEntries: [v1], glEntries: p.glEntries, glItemLedgerRelations: p.relations });
    expect(causes(run(ds))).toEqual([]);
    const jan = run(ds, { dateFilter: '2025-01-01..2025-01-31' });
    expect(causes(jan)).toEqual([
      'Inventory: posting-date-mismatch -100.00',
      'Direct Cost Applied: posting-date-mismatch 100.00',
    ]);
    expect(jan.causes[0]).toMatchObject({ valueEntryNos: [1], glEntryNos: [1], label: 'Posting Date' });
    const feb = run(ds, { dateFilter: '2025-02-01..2025-02-28' });
    expect(causes(feb)).toEqual([
      'Inventory: posting-date-mismatch 100.00',
      'Direct Cost Applied: posting-date-mismatch -100.00',
    ]);
  });

  it('account-mapping-changed: the setup moved the inventory account after posting', () => {
    const moved = (interim: string) => {
      const ds = purchaseAndSale();
      ds.glAccounts.push({ ...ds.glAccounts[0]!, no: '2135' });
      ds.inventoryPostingSetup = ds.inventoryPostingSetup.map((r) => ({
        ...r,
        inventoryAccount: '2135',
        inventoryAccountInterim: interim,
      }));
      return run(ds);
    };
    // 2130 is no longer mapped at all: Inventory misses its 20.00.
    expect(causes(moved(A.inventoryInterim))).toEqual(['Inventory: account-mapping-changed -20.00']);
    // 2130 is now the interim account: Inventory (Interim) sees the 20.00 that belongs to Inventory.
    const m = moved(A.inventory);
    expect(m.cells['G/L Total|Inventory (Interim)']).toBe('20.00');
    expect(causes(m)).toEqual([
      'Inventory: account-mapping-changed -20.00',
      'Inventory (Interim): account-mapping-changed 20.00',
    ]);
    expect(m.causes[1]).toMatchObject({ glEntryNos: [1, 3], valueEntryNos: [1, 2] });
  });

  it('shared-account: one account for COGS and Inventory Adjmt. is counted in both', () => {
    const ds = purchaseAndSale();
    ds.generalPostingSetup = ds.generalPostingSetup.map((r) => ({ ...r, inventoryAdjmtAccount: A.cogs }));
    const m = run(ds);
    expect(m.cells['COGS|Difference']).toBe('0');
    expect(m.cells['Inventory Adjmt.|G/L Total']).toBe('80.00');
    expect(causes(m)).toEqual(['Inventory Adjmt.: shared-account 80.00']);
    expect(m.warnings).toEqual({ 'Inventory Adjmt.|Warning': 'Similar Accounts' });
  });

  it('deleted-account: the setup names a G/L account that no longer exists', () => {
    const ds = purchaseAndSale();
    ds.glAccounts = ds.glAccounts.filter((a) => a.no !== A.directCostApplied);
    const m = run(ds);
    expect(m.cells['Direct Cost Applied|G/L Total']).toBe('0');
    expect(causes(m)).toEqual(['Direct Cost Applied: deleted-account 100.00']);
  });

  it('date-compression: compressed G/L entries are not direct postings', () => {
    const ds = purchaseAndSale();
    ds.glEntries.push(gl(5, A.cogs, '2025-03-31', '10.00', { dateCompressed: true }));
    expect(causes(run(ds))).toEqual(['COGS: date-compression 10.00']);
  });

  it('expected-cost-posting-off: expected cost that never reaches the interim accounts', () => {
    const ds = purchaseAndSale();
    ds.valueEntries.push(
      ve(
        {
          entryNo: 3,
          itemLedgerEntryType: 'Purchase',
          postingDate: '2025-08-01',
          costAmountExpected: '50.00',
          expectedCost: true,
        },
        false,
      ),
    );
    const m = run(ds);
    expect(causes(m)).toEqual([
      'Inventory (Interim): expected-cost-posting-off -50.00',
      'Invt. Accrual (Interim): expected-cost-posting-off 50.00',
    ]);
    expect(m.warnings['Warning|Inventory (Interim)']).toBe('Expected Cost Setup');
  });

  it('unexplained: a value entry marked posted whose G/L entries are missing', () => {
    const ds = purchaseAndSale();
    ds.valueEntries.push(
      ve({ entryNo: 3, itemLedgerEntryType: 'Purchase', postingDate: '2025-08-01', costAmountActual: '7.00' }),
    );
    const m = run(ds);
    expect(causes(m)).toEqual(['Inventory: unexplained -7.00', 'Direct Cost Applied: unexplained 7.00']);
    expect(m.causes[0]).toMatchObject({ label: 'Unexplained', valueEntryNos: [], glEntryNos: [] });
  });

  it('Warning ties go to the earlier code of the catalogue', () => {
    const ds = purchaseAndSale();
    ds.glEntries.push(
      gl(5, A.cogs, '2025-07-01', '15.00'),
      gl(6, A.cogs, '2025-12-31', '-15.00', { closingDate: true }),
    );
    const m = run(ds);
    expect(m.cells['COGS|Difference']).toBe('0');
    expect(causes(m)).toEqual(['COGS: direct-posting 15.00', 'COGS: closing-entries -15.00']);
    expect(m.warnings).toEqual({ 'COGS|Warning': 'Direct Posting' });
  });
});
