// The reconciliation's public types (notes/CONTRACTS.md): filters, matrix fields, causes, the matrix.
import type { Dataset } from '../model';

export interface ReconciliationFilters {
  dateFilter?: string;
  itemFilter?: string;
  locationFilter?: string;
}

/** Fields that have a G/L side and a Difference cell (domain.md §7), in display order. */
export const MATRIX_FIELDS = [
  'Inventory',
  'Inventory (Interim)',
  'WIP Inventory',
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
] as const;
export type MatrixField = (typeof MATRIX_FIELDS)[number];

/** The cause catalogue in its order (ties of the Warning cell go to the earlier code). */
export const CAUSE_CODES = [
  'cost-not-posted',
  'expected-cost-posting-off',
  'direct-posting',
  'closing-entries',
  'posting-date-mismatch',
  'account-mapping-changed',
  'shared-account',
  'deleted-account',
  'date-compression',
  'unexplained',
] as const;
export type CauseCode = (typeof CAUSE_CODES)[number];

export interface ReconciliationCause {
  field: MatrixField;
  code: CauseCode;
  amount: string;
  label: string;
  explanation: string;
  hint: string;
  /** The value entries behind the cause, ascending; at most `entryNoLimit` (see the counts). */
  valueEntryNos: number[];
  /** The G/L entries behind the cause, ascending; at most `entryNoLimit` (see the counts). */
  glEntryNos: number[];
  valueEntryCount: number;
  glEntryCount: number;
}

export interface ReconciliationMatrix {
  rows: string[];
  columns: string[];
  /** "Row|Column" → decimal string ("0" when blank), incl. Not Attributable cells under item/location filters. */
  cells: Record<string, string>;
  /** "Warning|Inventory", "COGS|Warning" → short label of the largest cause. */
  warnings: Record<string, string>;
  causes: ReconciliationCause[];
  filtered: boolean;
}

/** The setup a reconciliation reads besides the ledgers (a Dataset is one). */
export type ReconciliationSetup = Pick<
  Dataset,
  'glAccounts' | 'inventoryPostingSetup' | 'generalPostingSetup' | 'items' | 'inventorySetup' | 'generalLedgerSetup'
>;

export interface ReconcileOptions {
  /** Longest entry-no. list per cause (drillDown pages through all); default 1000. */
  entryNoLimit?: number;
}
