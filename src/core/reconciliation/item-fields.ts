// The item-side amount fields of BC's Inventory Report Entry: the 15 matrix fields (same indexes as
// MATRIX_FIELDS) and the six fields BC fills only from value entries.
import { MATRIX_FIELDS, type MatrixField } from './types';
import type { InventoryAccountType } from '../posting/account-types';

export const F = {
  Inventory: 0,
  InventoryInterim: 1,
  WIP: 2,
  COGSInterim: 3,
  DirectCostApplied: 4,
  OverheadApplied: 5,
  InventoryAdjmt: 6,
  InvtAccrualInterim: 7,
  COGS: 8,
  PurchaseVariance: 9,
  MaterialVariance: 10,
  CapacityVariance: 11,
  SubcontractedVariance: 12,
  CapacityOverheadVariance: 13,
  MfgOverheadVariance: 14,
  DirectCostAppliedActual: 15,
  OverheadAppliedActual: 16,
  DirectCostAppliedWIP: 17,
  OverheadAppliedWIP: 18,
  InventoryToWIP: 19,
  WIPToInterim: 20,
} as const;

/** Fields with a G/L side (MATRIX_FIELDS). */
export const GL_FIELD_COUNT = 15;
/** All item-side fields. */
export const ITEM_FIELD_COUNT = 21;

/** Balance-sheet fields (matrix columns); the rest are income-statement rows. */
export function isBalanceSheetField(f: number): boolean {
  return f <= F.WIP;
}

export function fieldIndex(field: MatrixField): number {
  return MATRIX_FIELDS.indexOf(field);
}

/** Posting account type (enum 48) → matrix field index; the names differ only for Cap. Overhead Variance. */
export function fieldOfAccountType(type: InventoryAccountType): number {
  if (type === 'Cap. Overhead Variance') return F.CapacityOverheadVariance;
  return MATRIX_FIELDS.indexOf(type);
}

/** Matrix field index → posting account type. */
export function accountTypeOfField(f: number): InventoryAccountType {
  if (f === F.CapacityOverheadVariance) return 'Cap. Overhead Variance';
  return MATRIX_FIELDS[f] as InventoryAccountType;
}
