// Inventory account types in the order and with the captions of BC's enum 48 (Invt. Posting Buffer),
// and which setup table and field each one is read from.
import type { GeneralPostingSetup, InventoryPostingSetup } from '../model';

export const INVENTORY_ACCOUNT_TYPES = [
  'Inventory (Interim)',
  'Invt. Accrual (Interim)',
  'Inventory',
  'WIP Inventory',
  'Inventory Adjmt.',
  'Direct Cost Applied',
  'Overhead Applied',
  'Purchase Variance',
  'COGS',
  'COGS (Interim)',
  'Material Variance',
  'Capacity Variance',
  'Subcontracted Variance',
  'Cap. Overhead Variance',
  'Mfg. Overhead Variance',
] as const;
export type InventoryAccountType = (typeof INVENTORY_ACCOUNT_TYPES)[number];

/** Enum 48 ordinal: the sort order of account types in the posting buffer key. */
export function accountTypeOrdinal(type: InventoryAccountType): number {
  return INVENTORY_ACCOUNT_TYPES.indexOf(type);
}

export type SetupSource =
  | { table: 'Inventory Posting Setup'; field: keyof InventoryPostingSetup; caption: string }
  | { table: 'General Posting Setup'; field: keyof GeneralPostingSetup; caption: string };

/** Where each account type's G/L account number comes from (posting-rules.md §3). */
export const ACCOUNT_SOURCE: Record<InventoryAccountType, SetupSource> = {
  Inventory: { table: 'Inventory Posting Setup', field: 'inventoryAccount', caption: 'Inventory Account' },
  'Inventory (Interim)': {
    table: 'Inventory Posting Setup',
    field: 'inventoryAccountInterim',
    caption: 'Inventory Account (Interim)',
  },
  'WIP Inventory': { table: 'Inventory Posting Setup', field: 'wipAccount', caption: 'WIP Account' },
  'Material Variance': {
    table: 'Inventory Posting Setup',
    field: 'materialVarianceAccount',
    caption: 'Material Variance Account',
  },
  'Capacity Variance': {
    table: 'Inventory Posting Setup',
    field: 'capacityVarianceAccount',
    caption: 'Capacity Variance Account',
  },
  'Subcontracted Variance': {
    table: 'Inventory Posting Setup',
    field: 'subcontractedVarianceAccount',
    caption: 'Subcontracted Variance Account',
  },
  'Cap. Overhead Variance': {
    table: 'Inventory Posting Setup',
    field: 'capOverheadVarianceAccount',
    caption: 'Cap. Overhead Variance Account',
  },
  'Mfg. Overhead Variance': {
    table: 'Inventory Posting Setup',
    field: 'mfgOverheadVarianceAccount',
    caption: 'Mfg. Overhead Variance Account',
  },
  'Inventory Adjmt.': {
    table: 'General Posting Setup',
    field: 'inventoryAdjmtAccount',
    caption: 'Inventory Adjmt. Account',
  },
  COGS: { table: 'General Posting Setup', field: 'cogsAccount', caption: 'COGS Account' },
  'COGS (Interim)': { table: 'General Posting Setup', field: 'cogsAccountInterim', caption: 'COGS Account (Interim)' },
  'Invt. Accrual (Interim)': {
    table: 'General Posting Setup',
    field: 'invtAccrualAccInterim',
    caption: 'Invt. Accrual Acc. (Interim)',
  },
  'Direct Cost Applied': {
    table: 'General Posting Setup',
    field: 'directCostAppliedAccount',
    caption: 'Direct Cost Applied Account',
  },
  'Overhead Applied': {
    table: 'General Posting Setup',
    field: 'overheadAppliedAccount',
    caption: 'Overhead Applied Account',
  },
  'Purchase Variance': {
    table: 'General Posting Setup',
    field: 'purchaseVarianceAccount',
    caption: 'Purchase Variance Account',
  },
};

export function usesInventoryPostingSetup(type: InventoryAccountType): boolean {
  return ACCOUNT_SOURCE[type].table === 'Inventory Posting Setup';
}
