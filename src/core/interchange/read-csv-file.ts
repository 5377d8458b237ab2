// Reads the rows of one CSV file into raw records of its table: checks the header (required,
// unknown and repeated columns) and each row's column count, then converts every field.
import type { ProblemCollector } from './collector';
import { csvHeader, parseCsvPieceSteps, type CsvRow } from './csv-parse';
import { mapHeader, type Column } from './csv-header';
import type { CsvLocator } from './csv-locator';
import { readRecord, type RecordReader } from './read-record';
import { checkValueEntryRules } from './record-rules';
import type { TableSpec } from './schema-types';
import type { ValueContext } from './values';
import { isSinkTable, RowEncoder, type EncodedLedgerSink } from './columnar';
import type { ReadStep } from './steps';

export interface CsvFilePlan {
  name: string;
  /** The file's beginning (at least the header row), without BOM. */
  head: string;
  /** The whole text without BOM, in consecutive pieces, read once. */
  pieces: Iterable<string>;
  delimiter: ',' | ';';
  spec: TableSpec;
}

export interface CsvReadState {
  collector: ProblemCollector;
  locator: CsvLocator;
  strict: boolean;
  ctx: ValueContext;
}

/**
 * Reads `plan` and calls `onRecord` with each converted record and its table index. With `encodedSink`,
 * a ledger row in plain valid form goes to it as cells instead (the fast lane, row-encoder.ts). Pauses after
 * each piece of the file's text (steps.ts).
 */
export function* readCsvFileSteps(
  plan: CsvFilePlan,
  state: CsvReadState,
  firstIndex: number,
  onRecord: (record: Record<string, unknown>, line: number) => void,
  encodedSink?: EncodedLedgerSink,
): Generator<ReadStep, void, void> {
  const header = csvHeader(plan.head, plan.delimiter);
  const columns = checkHeader(plan, header, state);
  if (!columns) return;
  const reader: RecordReader = {
    ctx: { ...state.ctx, decimalComma: plan.delimiter === ';' },
    strict: state.strict,
    collector: state.collector,
    locator: state.locator,
  };
  const table = plan.spec.name;
  const encoder =
    encodedSink && isSinkTable(table) ? RowEncoder.forFile(plan.spec, table, columns, encodedSink, reader.ctx) : null;
  let index = firstIndex;
  let isHeader = true;
  const onRow = (row: CsvRow): void => {
    if (isHeader) {
      isHeader = false;
      return;
    }
    const cells = row.cells;
    if (row.errors.length > 0) {
      state.collector.add(
        'csv-syntax-error',
        `${plan.name} line ${row.line}: ${row.errors[0]}`,
        { file: plan.name, table, line: row.line },
        'check the quotes in this row',
      );
      return;
    }
    if (allBlank(cells)) return;
    if (cells.length !== columns.length) {
      state.collector.add(
        'csv-column-count',
        `${plan.name} line ${row.line}: ${cells.length} columns, the header has ${columns.length}`,
        { file: plan.name, table, line: row.line, value: String(cells.length) },
        'a value containing the delimiter must be quoted',
      );
      return;
    }
    state.locator.note(table, index, plan.name, row.line);
    if (encoder?.encode(cells)) {
      encoder.add(reader.ctx);
      index++;
      return;
    }
    const raw = rawRecord(columns, cells);
    const read = readRecord(plan.spec, raw, index, reader, false);
    if (table === 'valueEntries') checkValueEntryRules(read.record, raw, index, reader);
    onRecord(read.record, row.line);
    index++;
  };
  const step: ReadStep = { stage: 'reading', file: plan.name };
  const pieces = parseCsvPieceSteps(plan.pieces, plan.delimiter, onRow);
  while (!pieces.next().done) yield step;
}

function allBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== '') return false;
  return true;
}

function rawRecord(columns: Column[], cells: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  let dims: Record<string, string> | undefined;
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i]!;
    const cell = cells[i]!;
    if (col.kind === 'field') raw[col.field] = cell;
    else if (col.kind === 'dimension' && cell.trim() !== '') (dims ??= {})[col.code] = cell;
  }
  if (dims) raw.dimensions = dims;
  return raw;
}

/** The columns, or null when the header makes the rows unreadable (reported). */
function checkHeader(plan: CsvFilePlan, header: string[], state: CsvReadState): Column[] | null {
  const m = mapHeader(plan.spec, header);
  const where = (field: string) => ({ file: plan.name, table: plan.spec.name, line: 1, field });
  let usable = true;
  for (const field of m.missing) {
    state.collector.add(
      'field-required',
      `${plan.name} line 1: column ${field} is required`,
      where(field),
      'add the column',
    );
    usable = false;
  }
  for (const h of m.duplicates) {
    state.collector.add('column-duplicate', `${plan.name} line 1: column "${h}" names a field twice`, where(h));
    usable = false;
  }
  for (const col of m.columns) {
    if (col.kind !== 'ignored' || m.duplicates.includes(col.header)) continue;
    const message = `${plan.name} line 1: column "${col.header}" is not a field of ${plan.spec.name}`;
    if (state.strict)
      state.collector.add(
        'field-unknown',
        message,
        where(col.header),
        'remove the column or import without strict mode',
      );
    else state.collector.warn('field-unknown', `${message}; ignored`, where(col.header));
  }
  return usable ? m.columns : null;
}
