// Streams the rows of one CSV text through papaparse's `step` (no array of all rows is built),
// giving each row with its 1-based line (header is line 1; quoted line breaks counted).
import Papa from 'papaparse';

export interface CsvRow {
  cells: string[];
  line: number;
  /** papaparse's quote errors for this row. */
  errors: string[];
}

/** Calls `onRow` for every row, header first; blank lines are skipped. */
export function parseCsvRows(text: string, delimiter: ',' | ';', onRow: (row: CsvRow) => void): void {
  let rowStart = 0;
  let scanned = 0;
  let newlines = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(results) {
      while (scanned < rowStart) {
        if (text.charCodeAt(scanned) === 10) newlines++;
        scanned++;
      }
      const line = newlines + 1;
      rowStart = results.meta.cursor;
      const cells = results.data;
      if (cells.length === 1 && cells[0] === '') return;
      onRow({ cells, line, errors: results.errors.map((e) => e.message) });
    },
  });
}

/** Just the header row (cells) of a CSV text. */
export function csvHeader(text: string, delimiter: ',' | ';'): string[] {
  // A header fits in the first 64 KB; parsing only that keeps a huge file's first look cheap.
  const result = Papa.parse<string[]>(text.slice(0, 65536), { delimiter, preview: 1 });
  return result.data[0] ?? [];
}
