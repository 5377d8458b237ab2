// readDatasetCsv: a set of CSV files (one per table, dataset-format.md "CSV files") → Dataset.
// Tables come from file names or headers; setup files are read first (the precision decides how
// many decimals amounts may have); tables not in the files come from `base`.
import type { Dataset, DatasetTableName } from '../model/dataset';
import { DATASET_TABLES } from '../model/dataset';
import { datasetWithDefaults, defaultGeneralLedgerSetup, defaultInventorySetup } from '../model/defaults';
import type { Dimension } from '../model/setup';
import { fail, ok, type Result } from '../problems/problem';
import { DEFAULT_MAX_ERRORS, ProblemCollector } from './collector';
import { csvHeader } from './csv-parse';
import { detectDelimiter, recogniseTable } from './csv-header';
import { CsvLocator } from './csv-locator';
import { specForFile } from './csv-schema';
import { checkDataset } from './dataset-checks';
import { DEFAULT_RECORD } from './defaults-by-table';
import { completeRecord } from './read-record';
import { readCsvFileSteps, type CsvFilePlan, type CsvReadState } from './read-csv-file';
import { runSteps, type ReadStep } from './steps';
import { contextFor } from './read-dataset';
import { isSinkTable, SINK_TABLES, SinkRows, takesEncodedRows, type LedgerSink } from './columnar';

export interface CsvFile {
  name: string;
  text: string;
}

/**
 * A CSV file read only when its turn comes, its text dropped once its rows are read: a big import then holds
 * one file's text at a time instead of all of them.
 */
export interface CsvSource {
  name: string;
  /** The file's beginning (at least its header row), to recognise the table and the delimiter. */
  head(): string;
  text(): string;
  /** The text in consecutive pieces (read in turn, none held after its rows are read), instead of text(). */
  pieces?(): Iterable<string>;
}

/** How much of a file a CsvSource's head() should give (csvHeader reads no more). */
export const CSV_HEAD_CHARS = 65_536;

export interface ReadDatasetCsvOptions {
  strict?: boolean;
  /** Setup and tables the files do not hold (e.g. the loaded dataset when adding value entries). */
  base?: Dataset;
  maxErrors?: number;
  /** Ledger records go here (column chunks) instead of the Dataset, whose ledgers come back empty. */
  ledgerSink?: LedgerSink;
}

const SINGLE_ORDER = ['dataset', 'generalLedgerSetup', 'inventorySetup'];

export function readDatasetCsv(
  files: readonly (CsvFile | CsvSource)[],
  options: ReadDatasetCsvOptions = {},
): Result<Dataset> {
  return runSteps(readDatasetCsvSteps(files, options));
}

/** readDatasetCsv pausing after each piece of a ledger file's text and before the dataset checks (steps.ts). */
export function* readDatasetCsvSteps(
  files: readonly (CsvFile | CsvSource)[],
  options: ReadDatasetCsvOptions = {},
): Generator<ReadStep, Result<Dataset>, void> {
  const collector = new ProblemCollector(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const locator = new CsvLocator();
  const plans = planFiles(files, collector);
  plans.sort((a, b) => rank(a) - rank(b));

  const ds = startingDataset(options.base);
  if (options.ledgerSink && SINK_TABLES.some((t) => ds[t].length > 0))
    throw new Error('a ledger sink reads into empty ledgers: append through the object path');
  const state: CsvReadState = { collector, locator, strict: options.strict ?? false, ctx: contextFor({}, 'csv') };
  const seenTables = new Set<string>();
  for (const planned of plans) {
    // The text (or each piece of it) lives for this iteration only.
    const plan: CsvFilePlan = { ...planned, pieces: piecesOf(planned.source) };
    const table = plan.spec.name;
    if (plan.spec.single) {
      yield* readSingleFile(plan, state, ds);
      if (table === 'generalLedgerSetup') state.ctx = contextFor(ds.generalLedgerSetup, 'csv');
      continue;
    }
    const name = table as DatasetTableName;
    if (!seenTables.has(table)) (ds[name] as unknown[]) = [];
    seenTables.add(table);
    const sink = options.ledgerSink;
    if (name === 'dimensions') yield* readDimensionsFile(plan, state, ds.dimensions);
    else if (sink && isSinkTable(name)) {
      const factory = DEFAULT_RECORD[name];
      yield* readCsvFileSteps(
        plan,
        state,
        sink.count(name),
        (record) => sink.add(name, completeRecord(plan.spec, record, factory, state.ctx), state.ctx),
        takesEncodedRows(sink) ? sink : undefined,
      );
    } else {
      const rows = ds[name] as unknown[];
      const factory = DEFAULT_RECORD[name];
      yield* readCsvFileSteps(plan, state, rows.length, (record) =>
        rows.push(completeRecord(plan.spec, record, factory, state.ctx)),
      );
    }
  }
  yield { stage: 'checking' };
  if (options.ledgerSink) {
    const sink = options.ledgerSink;
    const viewed = { ...ds };
    for (const t of SINK_TABLES) (viewed as Record<string, unknown>)[t] = new SinkRows(sink, t);
    checkDataset(viewed, collector, locator);
  } else checkDataset(ds, collector, locator);
  const problems = collector.finish();
  return collector.hasErrors ? fail(problems) : ok(ds, problems);
}

/** A file to read: its table and delimiter known from its head, its text not read yet. */
interface PlannedFile extends Omit<CsvFilePlan, 'pieces'> {
  source: CsvSource;
}

/** The source's text without BOM, in pieces when it gives them. */
function* piecesOf(source: CsvSource): Generator<string> {
  if (!source.pieces) {
    yield withoutBom(source.text());
    return;
  }
  let first = true;
  for (const piece of source.pieces()) {
    if (first && piece !== '') {
      first = false;
      yield withoutBom(piece);
    } else yield piece;
  }
}

function sourceOf(file: CsvFile | CsvSource): CsvSource {
  if ('head' in file) return file;
  const { name, text } = file;
  return { name, head: () => text, text: () => text };
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function planFiles(files: readonly (CsvFile | CsvSource)[], collector: ProblemCollector): PlannedFile[] {
  const plans: PlannedFile[] = [];
  for (const file of files.map(sourceOf)) {
    let text = withoutBom(file.head());
    // A blank head is checked against the whole text (blank lines may precede the header).
    if (text.trim() === '') text = withoutBom(file.text());
    if (text.trim() === '') {
      collector.add(
        'file-empty',
        `${file.name} is empty`,
        { file: file.name },
        'a CSV file needs at least a header row',
      );
      continue;
    }
    const delimiter = detectDelimiter(text);
    let spec = specForFile(file.name);
    if (!spec) {
      const header = csvHeader(text, delimiter);
      const candidates = recogniseTable(header);
      if (candidates.length === 1) spec = candidates[0];
      else if (candidates.length === 0) {
        collector.add(
          'table-unknown',
          `${file.name} line 1: neither the file name nor the header names a Costbook table`,
          {
            file: file.name,
            line: 1,
            value: header.slice(0, 5).join(delimiter),
          },
          'name the file for its table, e.g. value-entries.csv',
        );
      } else {
        const names = candidates.map((c) => `${c.file}.csv`).join(', ');
        collector.add(
          'table-ambiguous',
          `${file.name} line 1: the header fits several tables (${names})`,
          {
            file: file.name,
            line: 1,
            value: names,
          },
          `rename the file to one of ${names}`,
        );
      }
    }
    if (spec) plans.push({ name: file.name, head: text, delimiter, spec, source: file });
  }
  return plans;
}

function rank(plan: PlannedFile): number {
  const single = SINGLE_ORDER.indexOf(plan.spec.name);
  return single >= 0 ? single : SINGLE_ORDER.length + DATASET_TABLES.indexOf(plan.spec.name as DatasetTableName);
}

function startingDataset(base: Dataset | undefined): Dataset {
  if (!base) return datasetWithDefaults({});
  const ds = { ...base };
  for (const table of DATASET_TABLES) (ds[table] as unknown[]) = [...base[table]];
  return ds;
}

function* readSingleFile(plan: CsvFilePlan, state: CsvReadState, ds: Dataset): Generator<ReadStep, void, void> {
  let count = 0;
  yield* readCsvFileSteps(plan, state, 0, (record, line) => {
    count++;
    if (count > 1) {
      state.collector.add(
        'value-invalid',
        `${plan.name} line ${line}: ${plan.spec.name} holds one record`,
        {
          file: plan.name,
          table: plan.spec.name,
          line,
        },
        'keep one data row under the header',
      );
      return;
    }
    if (plan.spec.name === 'generalLedgerSetup')
      ds.generalLedgerSetup = defaultGeneralLedgerSetup({ ...ds.generalLedgerSetup, ...record });
    else if (plan.spec.name === 'inventorySetup')
      ds.inventorySetup = defaultInventorySetup({ ...ds.inventorySetup, ...record });
    else Object.assign(ds, record);
  });
}

/** dimensions.csv: `code,value` rows grouped into one Dimension per code (a blank value only declares it). */
function* readDimensionsFile(
  plan: CsvFilePlan,
  state: CsvReadState,
  out: Dimension[],
): Generator<ReadStep, void, void> {
  const byCode = new Map(out.map((d) => [d.code, d]));
  yield* readCsvFileSteps(plan, state, 0, (record, line) => {
    const code = record.code as string | undefined;
    if (code === undefined) return;
    let dim = byCode.get(code);
    if (!dim) {
      dim = { code, values: [] };
      byCode.set(code, dim);
      out.push(dim);
      // Row indexes and dimension indexes differ: point the dimension at its first row.
      state.locator.note('dimensions', out.length - 1, plan.name, line);
    }
    const value = record.value as string | undefined;
    if (!value) return;
    if (dim.values.includes(value)) {
      state.collector.add(
        'duplicate-key',
        `${plan.name} line ${line}, field value: "${value}" is listed twice for dimension ${code}`,
        { file: plan.name, table: 'dimensions', line, field: 'value', value },
      );
      return;
    }
    dim.values.push(value);
  });
}
