// Export of the view on screen (the reconciliation matrix as shown, in the page's language) as a CSV file:
// the page gives the cells it shows, the worker writes them with the dataset CSV's quoting and neutralisation.
import { writeViewCsv } from '../../core/interchange/view-csv';
import { fail, ok, problem, type Result } from '../../core/problems';
import { fileStem, type ExportFile } from './export-dataset';

/** A view is what fits on a screen; anything bigger is a ledger, exported by exportDataset. */
const MAX_CELLS = 100_000;

/** Rows of text cells (the page's grid crossed a message boundary: checked, not trusted). */
function isTextRows(value: unknown): value is string[][] {
  return (
    Array.isArray(value) &&
    value.every((r: unknown) => Array.isArray(r) && r.every((c: unknown) => typeof c === 'string'))
  );
}

export function exportViewCsv(name: string, rows: unknown): Result<ExportFile> {
  if (!isTextRows(rows))
    return fail([problem('value-invalid', 'A view to export is rows of text cells.', { value: name })]);
  let cells = 0;
  for (const row of rows) cells += row.length;
  if (cells > MAX_CELLS)
    return fail([
      problem(
        'value-invalid',
        `The view has ${cells} cells, more than ${MAX_CELLS}; export the table from the Datasets page instead.`,
        { value: name },
      ),
    ]);
  const data = new Blob([writeViewCsv(rows)], { type: 'text/csv' });
  return ok({ name: `${fileStem(name)}.csv`, mimeType: 'text/csv', data });
}
