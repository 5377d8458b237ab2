// The matrix layout and every cell's formula (reconciliation-matrix.md §2 and §6): rows are the income-
// statement set, columns the balance-sheet set; Difference = G/L Total − Total; blank cells are "0".
// Under an item/location filter a Not Attributable row and column hold G/L amounts no value entry explains.
import { fromMinorUnits } from '../money';
import { F } from './item-fields';
import type { ReconciliationTotals } from './totals';

export const MATRIX_ROWS = [
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
] as const;

export const MATRIX_COLUMNS = [
  'Inventory',
  'Inventory (Interim)',
  'WIP Inventory',
  'Total',
  'G/L Total',
  'Difference',
  'Warning',
] as const;

export const NOT_ATTRIBUTABLE = 'Not Attributable';

/** Rows and columns shown; Not Attributable joins them (after G/L Total) under an item/location filter. */
export function matrixLayout(filtered: boolean): { rows: string[]; columns: string[] } {
  const withNA = (list: readonly string[]) => {
    const out = [...list];
    if (filtered) out.splice(out.indexOf('G/L Total') + 1, 0, NOT_ATTRIBUTABLE);
    return out;
  };
  return { rows: withNA(MATRIX_ROWS), columns: withNA(MATRIX_COLUMNS) };
}

/** Income-statement rows with a G/L side: their item field, and the fields of their Inventory / WIP cells. */
export const IS_ROWS: readonly { row: string; field: number; inventory: number; interim: number; wip: number }[] = [
  { row: 'COGS (Interim)', field: F.COGSInterim, inventory: -1, interim: F.COGSInterim, wip: -1 },
  {
    row: 'Direct Cost Applied',
    field: F.DirectCostApplied,
    inventory: F.DirectCostAppliedActual,
    interim: -1,
    wip: F.DirectCostAppliedWIP,
  },
  {
    row: 'Overhead Applied',
    field: F.OverheadApplied,
    inventory: F.OverheadAppliedActual,
    interim: -1,
    wip: F.OverheadAppliedWIP,
  },
  { row: 'Inventory Adjmt.', field: F.InventoryAdjmt, inventory: F.InventoryAdjmt, interim: -1, wip: -1 },
  {
    row: 'Invt. Accrual (Interim)',
    field: F.InvtAccrualInterim,
    inventory: -1,
    interim: F.InvtAccrualInterim,
    wip: -1,
  },
  { row: 'COGS', field: F.COGS, inventory: F.COGS, interim: -1, wip: -1 },
  { row: 'Purchase Variance', field: F.PurchaseVariance, inventory: F.PurchaseVariance, interim: -1, wip: -1 },
  { row: 'Material Variance', field: F.MaterialVariance, inventory: F.MaterialVariance, interim: -1, wip: -1 },
  { row: 'Capacity Variance', field: F.CapacityVariance, inventory: F.CapacityVariance, interim: -1, wip: -1 },
  {
    row: 'Subcontracted Variance',
    field: F.SubcontractedVariance,
    inventory: F.SubcontractedVariance,
    interim: -1,
    wip: -1,
  },
  {
    row: 'Capacity Overhead Variance',
    field: F.CapacityOverheadVariance,
    inventory: F.CapacityOverheadVariance,
    interim: -1,
    wip: -1,
  },
  {
    row: 'Mfg. Overhead Variance',
    field: F.MfgOverheadVariance,
    inventory: F.MfgOverheadVariance,
    interim: -1,
    wip: -1,
  },
];

/** Balance-sheet columns and their fields. */
export const BS_COLUMNS: readonly { column: string; field: number }[] = [
  { column: 'Inventory', field: F.Inventory },
  { column: 'Inventory (Interim)', field: F.InventoryInterim },
  { column: 'WIP Inventory', field: F.WIP },
];

/** Every amount cell in minor units (0 = blank), keyed "Row|Column". */
export function matrixCellAmounts(t: ReconciliationTotals): Map<string, number> {
  const { rows, columns } = matrixLayout(t.filtered);
  const cells = new Map<string, number>();
  for (const r of rows) for (const c of columns) if (r !== 'Warning' && c !== 'Warning') cells.set(`${r}|${c}`, 0);
  const set = (r: string, c: string, v: number) => cells.set(`${r}|${c}`, v);
  const item = t.item;
  const diff = (f: number) => t.gl[f]! - item[f]!;

  set('Inventory To WIP', 'Inventory', -item[F.InventoryToWIP]!);
  set('Inventory To WIP', 'WIP Inventory', item[F.InventoryToWIP]!);
  set('WIP To Interim', 'Inventory (Interim)', item[F.WIPToInterim]!);
  set('WIP To Interim', 'WIP Inventory', -item[F.WIPToInterim]!);
  for (const r of IS_ROWS) {
    if (r.inventory >= 0) set(r.row, 'Inventory', item[r.inventory]!);
    if (r.interim >= 0) set(r.row, 'Inventory (Interim)', item[r.interim]!);
    if (r.wip >= 0) set(r.row, 'WIP Inventory', item[r.wip]!);
    set(r.row, 'Total', item[r.field]!);
    set(r.row, 'G/L Total', t.gl[r.field]!);
    if (t.filtered) set(r.row, NOT_ATTRIBUTABLE, t.notAttributable[r.field]!);
    set(r.row, 'Difference', diff(r.field));
  }
  for (const c of BS_COLUMNS) {
    set('Total', c.column, item[c.field]!);
    set('G/L Total', c.column, t.gl[c.field]!);
    if (t.filtered) set(NOT_ATTRIBUTABLE, c.column, t.notAttributable[c.field]!);
    set('Difference', c.column, diff(c.field));
  }
  return cells;
}

/** A cell amount as the matrix shows it: "0" for blank, else exactly `scale` decimals. */
export function formatCell(minor: number, scale: number): string {
  return minor === 0 ? '0' : fromMinorUnits(minor, scale);
}
