// Inventory – G/L Reconciliation: the matrix, its causes and the drill-down (domain.md §6–§7).
export * from './types';
export { reconcile, reconcileColumns, DEFAULT_ENTRY_NO_LIMIT } from './reconcile';
export { MATRIX_ROWS, MATRIX_COLUMNS, NOT_ATTRIBUTABLE, matrixLayout } from './matrix-cells';
export { CAUSE_TEXTS, causeText, type CauseText } from './cause-texts';
export {
  drillDown,
  valueEntriesOfGLEntry,
  glEntriesOfValueEntry,
  type DrillDownTarget,
  type DrillDownPage,
  type LedgerSource,
} from './drill-down';
export { divergence, type Divergence, type DivergencePoint } from './divergence';
