// BC's nine report columns (report 1002, UpdateReportAmounts): which account types each column sums,
// per value entry and in total. Amounts are signed G/L amounts.
import { fromMinorUnits } from '../money';
import type { InventoryAccountType } from './account-types';

export const REPORT_COLUMNS = [
  'COGS',
  'Inventory Adjustment',
  'Direct Cost Applied',
  'Overhead Applied',
  'Purchase Variance',
  'Mfg. Direct Cost Variance',
  'Manufacturing Ovhd Variance',
  'WIP Inventory',
  'Inventory',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export const REPORT_COLUMN_OF: Record<InventoryAccountType, ReportColumn> = {
  Inventory: 'Inventory',
  'Inventory (Interim)': 'Inventory',
  'WIP Inventory': 'WIP Inventory',
  'Inventory Adjmt.': 'Inventory Adjustment',
  'Invt. Accrual (Interim)': 'Inventory Adjustment',
  'Direct Cost Applied': 'Direct Cost Applied',
  'Overhead Applied': 'Overhead Applied',
  'Purchase Variance': 'Purchase Variance',
  COGS: 'COGS',
  'COGS (Interim)': 'COGS',
  'Material Variance': 'Mfg. Direct Cost Variance',
  'Capacity Variance': 'Mfg. Direct Cost Variance',
  'Subcontracted Variance': 'Mfg. Direct Cost Variance',
  'Cap. Overhead Variance': 'Mfg. Direct Cost Variance',
  'Mfg. Overhead Variance': 'Manufacturing Ovhd Variance',
};

/** Running totals per column in minor units. */
export class ReportTotals {
  private readonly sums = new Map<ReportColumn, number>();

  add(type: InventoryAccountType, amount: number): void {
    const c = REPORT_COLUMN_OF[type];
    this.sums.set(c, (this.sums.get(c) ?? 0) + amount);
  }

  format(scale: number): Record<ReportColumn, string> {
    const out = {} as Record<ReportColumn, string>;
    for (const c of REPORT_COLUMNS) out[c] = fromMinorUnits(this.sums.get(c) ?? 0, scale);
    return out;
  }
}
