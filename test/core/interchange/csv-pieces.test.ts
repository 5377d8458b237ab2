// A CSV text parsed in pieces gives exactly the rows, lines and quote errors of the whole text, wherever
// the pieces are cut: inside quoted fields, escaped quotes, CRLF pairs and rows longer than a piece.
import { describe, expect, it } from 'vitest';
import { parseCsvPieceSteps, type CsvRow } from '../../../src/core/interchange/csv-parse';
import { runSteps } from '../../../src/core/interchange/steps';

/** The whole text at once, and the text in pieces, each run straight through. */
const parseCsvRows = (text: string, delimiter: ',' | ';', onRow: (row: CsvRow) => void) =>
  runSteps(parseCsvPieceSteps([text], delimiter, onRow));
const parseCsvPieces = (pieces: Iterable<string>, delimiter: ',' | ';', onRow: (row: CsvRow) => void) =>
  runSteps(parseCsvPieceSteps(pieces, delimiter, onRow));

/** About 1.2 MB (papaparse guesses the line break from its first 1 MB) with every awkward row kind. */
function awkwardCsv(): string {
  const rows = ['entryNo,description,amount'];
  for (let i = 1; rows.length < 40_000; i++) {
    const kind = i % 7;
    if (kind === 0) rows.push(`${i},"two\r\nlines, and a comma",${i}.50`);
    else if (kind === 1) rows.push(`${i},"say ""hi""",-${i}.00`);
    else if (kind === 2) rows.push('');
    else if (kind === 3) rows.push(`${i},${'long text '.repeat(20)},0`);
    else rows.push(`${i},plain,${i}`);
  }
  rows.push('99999,"unterminated,1', '100000,after,2');
  return rows.join('\r\n');
}

function rowsOf(parse: (onRow: (r: CsvRow) => void) => void): CsvRow[] {
  const rows: CsvRow[] = [];
  parse((r) => rows.push(r));
  return rows;
}

function* cut(text: string, first: number, size: number): Generator<string> {
  yield text.slice(0, first);
  for (let at = first; at < text.length; at += size) yield text.slice(at, at + size);
}

describe('parseCsvPieces', { timeout: 30_000 }, () => {
  const text = awkwardCsv();
  const whole = rowsOf((on) => parseCsvRows(text, ',', on));

  it('reads the awkward rows as known', () => {
    expect(text.length).toBeGreaterThan(1024 * 1024);
    expect(whole[0]).toEqual({ cells: ['entryNo', 'description', 'amount'], line: 1, errors: [] });
    expect(whole[1]).toEqual({ cells: ['1', 'say "hi"', '-1.00'], line: 2, errors: [] });
    // Row 7 follows a blank line (line 4) and a long row; its quoted line break makes row 8 start a line later.
    expect(whole.slice(6, 8).map((r) => [r.cells[0], r.line])).toEqual([
      ['7', 8],
      ['8', 10],
    ]);
    expect(whole.at(-1)!.errors).toEqual(['Quoted field unterminated']);
  });

  it.each([
    [1024 * 1024, 2],
    [1024 * 1024 + 3, 7],
    [1024 * 1024, 4096],
    [2, 100_000],
  ])('gives the same rows from pieces (first %i chars, then %i)', (first, size) => {
    expect(rowsOf((on) => parseCsvPieces(cut(text, first, size), ',', on))).toEqual(whole);
  });

  it('pauses once per piece fed to papaparse and once at the end; stopped early, it gave a prefix of the rows', () => {
    const size = 100_000;
    // The first 1 MB is gathered into one piece (the line-break guess); every later piece is a pause.
    const later = Math.ceil((text.length - 1024 * 1024) / size);
    const rows: CsvRow[] = [];
    const steps = parseCsvPieceSteps(cut(text, 1024 * 1024, size), ',', (r) => rows.push(r));
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBe(1 + later + 1);
    expect(rows).toEqual(whole);

    const some: CsvRow[] = [];
    const stopped = parseCsvPieceSteps(cut(text, 1024 * 1024, size), ',', (r) => some.push(r));
    stopped.next();
    stopped.return();
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(whole.length);
    expect(some).toEqual(whole.slice(0, some.length));
  });
});
