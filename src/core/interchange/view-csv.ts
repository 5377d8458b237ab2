// A view as the user sees it (the reconciliation matrix, a list of causes) as CSV: captions and texts are
// neutralised against spreadsheet formulas like any exported text; amounts are written as plain numbers.
import { textCell } from './csv-lines';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A cell: a decimal string stays a number (a leading minus is a sign, not a formula); text is neutralised. */
export function viewCell(value: string): string {
  return DECIMAL.test(value) ? value : textCell(value);
}

/** The rows (header first) as CSV text, CRLF after every line like the dataset's CSV files. */
export function writeViewCsv(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) out += row.map(viewCell).join(',') + '\r\n';
  return out;
}
