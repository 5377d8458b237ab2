// State of the Inventory – G/L Reconciliation page: the request options, the matrix (built in the
// worker), the selected Difference/Warning cell's causes and the drill-down behind a figure.
import type { Problem } from '../../../core/problems';
import type { MatrixField, ReconciliationFilters } from '../../../core/reconciliation';
import type { CauseView, MatrixView } from '../../../worker/engine-api';
import { EntryDrillDown, sidesView, targetView } from '../../components/entry-drill-down.svelte';
import { engine } from '../../engine-client';

// The UI may import only types from core, so the list is repeated here; the check below makes a missing or
// misspelt field a type error.
const FIELD_LIST = [
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
] as const satisfies readonly MatrixField[];
const _everyFieldListed: Exclude<MatrixField, (typeof FIELD_LIST)[number]> extends never ? true : never = true;
const FIELDS: readonly string[] = FIELD_LIST;

/** The field a Difference or Warning cell belongs to: its row for income-statement rows, else its column. */
export function fieldOfCell(row: string, column: string): MatrixField | null {
  if (FIELDS.includes(row)) return row as MatrixField;
  if (FIELDS.includes(column)) return column as MatrixField;
  return null;
}

export class ReconciliationState {
  dateFilter = $state('');
  itemFilter = $state('');
  locationFilter = $state('');
  showWarning = $state(true);

  busy = $state(false);
  problems = $state.raw<Problem[]>([]);
  matrix = $state.raw<MatrixView | null>(null);
  /** The filters the shown matrix was built with (drill-downs use these, not the edited fields). */
  applied = $state.raw<ReconciliationFilters>({});
  /** The "Row|Column" of the selected cell, and the field whose causes are shown. */
  selected = $state<string | null>(null);
  causeField = $state<MatrixField | null>(null);
  readonly drill = new EntryDrillDown();

  readonly causes = $derived(
    this.matrix && this.causeField ? this.matrix.causes.filter((c) => c.field === this.causeField) : [],
  );

  filters(): ReconciliationFilters {
    const f: ReconciliationFilters = {};
    if (this.dateFilter.trim()) f.dateFilter = this.dateFilter.trim();
    if (this.itemFilter.trim()) f.itemFilter = this.itemFilter.trim();
    if (this.locationFilter.trim()) f.locationFilter = this.locationFilter.trim();
    return f;
  }

  /** Builds the matrix in the worker for the current options. */
  async show(datasetId: string): Promise<void> {
    const filters = this.filters();
    this.busy = true;
    try {
      const r = await engine.buildMatrix(datasetId, filters);
      if (!r.ok) {
        this.problems = r.problems;
        return;
      }
      this.problems = r.warnings;
      this.matrix = r.value;
      this.applied = filters;
      this.selected = null;
      this.causeField = null;
      this.drill.close();
    } finally {
      this.busy = false;
    }
  }

  /** A Difference/Warning cell opens its causes; any other figure the entries behind it. */
  select(datasetId: string, row: string, column: string, title: () => string): void {
    this.selected = `${row}|${column}`;
    const isDifference = row === 'Difference' || column === 'Difference' || row === 'Warning' || column === 'Warning';
    if (isDifference) {
      this.causeField = fieldOfCell(row, column);
      this.drill.close();
    } else {
      this.causeField = null;
      this.drill.open(targetView(datasetId, title, { cell: this.selected }, this.applied));
    }
  }

  showCause(datasetId: string, field: MatrixField, code: CauseView['code'], title: () => string): void {
    this.drill.open(targetView(datasetId, title, { cause: { field, code } }, this.applied));
  }

  /**
   * The entries of one posting date on both sides of a field (where it diverged): its value entries behind Total and
   * its G/L entries behind G/L Total, that day only (a closing date C(D) alone when `closing`).
   */
  showDay(datasetId: string, field: MatrixField, day: { date: string; closing: boolean }, title: () => string): void {
    const m = this.matrix;
    if (!m) return;
    const cell = (axis: string) => (m.columns.includes(field) ? `${axis}|${field}` : `${field}|${axis}`);
    const d = day.closing ? `C${day.date}` : day.date;
    this.drill.open(
      sidesView(datasetId, title, { item: cell('Total'), gl: cell('G/L Total') }, { dateFilter: `${d}..${d}` }),
    );
  }

  clearSelection(): void {
    this.selected = null;
    this.causeField = null;
    this.drill.close();
  }
}
