// reconcile(): the Inventory – G/L Reconciliation matrix with its causes, from a Dataset or (the fast path)
// from columnar ledgers plus the setup.
import { buildLedgerColumns, type LedgerColumns } from '../columns';
import type { Dataset } from '../model';
import { ok, type Result } from '../problems';
import { buildCauses, buildWarnings } from './build-causes';
import { buildContext } from './context';
import { formatCell, matrixCellAmounts, matrixLayout } from './matrix-cells';
import { computeTotals } from './totals';
import type { ReconcileOptions, ReconciliationFilters, ReconciliationMatrix, ReconciliationSetup } from './types';

export const DEFAULT_ENTRY_NO_LIMIT = 1000;

export function reconcileColumns(
  cols: LedgerColumns,
  setup: ReconciliationSetup,
  filters: ReconciliationFilters,
  options: ReconcileOptions = {},
): Result<ReconciliationMatrix> {
  const built = buildContext(cols, setup, filters);
  if (!built.ok) return built;
  const ctx = built.value;
  const totals = computeTotals(ctx);
  const cells: Record<string, string> = {};
  for (const [key, minor] of matrixCellAmounts(totals)) cells[key] = formatCell(minor, cols.scale);
  return ok({
    ...matrixLayout(totals.filtered),
    cells,
    warnings: buildWarnings(totals),
    causes: buildCauses(ctx, totals, options.entryNoLimit ?? DEFAULT_ENTRY_NO_LIMIT),
    filtered: totals.filtered,
  });
}

export function reconcile(
  ds: Dataset,
  filters: ReconciliationFilters,
  options: ReconcileOptions = {},
): Result<ReconciliationMatrix> {
  return reconcileColumns(buildLedgerColumns(ds), ds, filters, options);
}
