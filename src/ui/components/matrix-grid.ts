// The matrix as the page shows it: its rows and columns (the Warning ones only when asked for) and each cell's
// text — amounts as decimal strings, blank for zero as in BC, warnings as their labels. The table formats the
// amounts for the page's language; "Export view (CSV)" writes them as they are.
import type { MatrixView } from '../../worker/engine-api';

export function shownRows(matrix: MatrixView, showWarning: boolean): string[] {
  return matrix.rows.filter((r) => showWarning || r !== 'Warning');
}

export function shownColumns(matrix: MatrixView, showWarning: boolean): string[] {
  return matrix.columns.filter((c) => showWarning || c !== 'Warning');
}

export function isWarningCell(row: string, column: string): boolean {
  return row === 'Warning' || column === 'Warning';
}

/** A cell's decimal string ('' for zero) or, in a Warning row or column, its label through `warning`. */
export function cellText(matrix: MatrixView, row: string, column: string, warning: (label: string) => string): string {
  const key = `${row}|${column}`;
  if (isWarningCell(row, column)) return warning(matrix.warnings[key] ?? '');
  const v = matrix.cells[key];
  return v === undefined || v === '0' ? '' : v;
}

/** The whole matrix as rows of cells, header first, with `caption` giving each row's and column's caption. */
export function matrixGrid(
  matrix: MatrixView,
  showWarning: boolean,
  caption: (key: string) => string,
  warning: (label: string) => string,
): string[][] {
  const columns = shownColumns(matrix, showWarning);
  return [
    ['', ...columns.map(caption)],
    ...shownRows(matrix, showWarning).map((r) => [caption(r), ...columns.map((c) => cellText(matrix, r, c, warning))]),
  ];
}
