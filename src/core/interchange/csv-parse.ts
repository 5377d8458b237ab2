// Streams the rows of a CSV text through papaparse's `step` (no array of all rows is built), giving
// each row with its 1-based line (header is line 1; quoted line breaks counted). The text may come in
// pieces (a row may span them), so a big file need never be one string.
import Papa from 'papaparse';

export interface CsvRow {
  cells: string[];
  line: number;
  /** papaparse's quote errors for this row. */
  errors: string[];
}

/** papaparse guesses the line break from the first 1 MB it gets: the first piece it gets is at least that. */
const LINE_BREAK_GUESS_CHARS = 1024 * 1024;

type Listener = (piece?: string) => void;

/**
 * Calls `onRow` for every row of a text given in consecutive pieces, header first; blank lines are skipped and
 * each piece is dropped once its rows are given. It pauses after each piece's rows, so a caller that drives it
 * (the worker's import) can report progress and take a cancel between pieces; a plain caller uses runSteps.
 */
export function* parseCsvPieceSteps(
  pieces: Iterable<string>,
  delimiter: ',' | ';',
  onRow: (row: CsvRow) => void,
): Generator<void, void, void> {
  // Pieces not yet scanned for line breaks, the first starting at `heldStart` in the whole text.
  const held: string[] = [];
  let heldStart = 0;
  let scanned = 0;
  let newlines = 0;
  let rowStart = 0;
  const countLinesTo = (to: number) => {
    while (scanned < to) {
      const piece = held[0]!;
      const end = heldStart + piece.length;
      const stop = Math.min(to, end);
      // indexOf runs natively: far faster than a charCodeAt loop over a 100 MB file.
      const stopAt = stop - heldStart;
      for (let i = piece.indexOf('\n', scanned - heldStart); i >= 0 && i < stopAt; i = piece.indexOf('\n', i + 1))
        newlines++;
      scanned = stop;
      if (scanned === end) {
        held.shift();
        heldStart = end;
      }
    }
  };
  // papaparse's own streaming (the one it uses for files and Node streams), fed synchronously: it carries a
  // row cut by a piece's end over to the next piece.
  const listeners: Record<string, Listener> = {};
  const input = {
    readable: true,
    read: () => undefined,
    on: (event: string, listener: Listener) => void (listeners[event] = listener),
    removeListener: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
  };
  Papa.parse<string[]>(input as unknown as File, {
    delimiter,
    skipEmptyLines: false,
    step(results) {
      countLinesTo(rowStart);
      const line = newlines + 1;
      rowStart = results.meta.cursor;
      const cells = results.data;
      if (cells.length === 1 && cells[0] === '') return;
      onRow({ cells, line, errors: results.errors.map((e) => e.message) });
    },
  });
  const feed = (piece: string) => {
    if (piece === '') return;
    held.push(piece);
    listeners.data!(piece);
  };
  let first: string | null = '';
  for (const piece of pieces) {
    if (first === null) feed(piece);
    else if ((first += piece).length >= LINE_BREAK_GUESS_CHARS) {
      feed(first);
      first = null;
    } else continue;
    yield;
  }
  if (first) feed(first);
  listeners.end!();
  yield;
}

/** Just the header row (cells) of a CSV text. */
export function csvHeader(text: string, delimiter: ',' | ';'): string[] {
  // A header fits in the first 64 KB; parsing only that keeps a huge file's first look cheap.
  const result = Papa.parse<string[]>(text.slice(0, 65536), { delimiter, preview: 1 });
  return result.data[0] ?? [];
}
