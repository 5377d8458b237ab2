// readDatasetObject: validates a parsed dataset (a JSON file's body, or a scenario's embedded
// `dataset`), collecting every problem, and returns it with BC's defaults filled in.
import type { Dataset, DatasetTableName } from '../model/dataset';
import { DATASET_TABLES } from '../model/dataset';
import { datasetWithDefaults, defaultGeneralLedgerSetup, defaultInventorySetup } from '../model/defaults';
import { fail, ok, type Result } from '../problems/problem';
import { DEFAULT_MAX_ERRORS, ProblemCollector, showValue } from './collector';
import { checkDataset } from './dataset-checks';
import { DEFAULT_RECORD } from './defaults-by-table';
import { addExtraFields, recordKey, type ExtraFields } from './extra-fields';
import { completeRecord, readRecord, type RecordReader } from './read-record';
import { NO_LOCATOR, type RecordLocator, reportField } from './record-locator';
import { checkValueEntryRules } from './record-rules';
import { DATASET_META, GENERAL_LEDGER_SETUP, INVENTORY_SETUP, TABLE_SPECS } from './schema';
import type { TableSpec } from './schema-types';
import { precisionScale, type ValueContext } from './values';

export interface ReadDatasetOptions {
  /** File name for messages. */
  file?: string;
  /** Unknown fields are errors instead of warnings. */
  strict?: boolean;
  /** Receives unknown fields so writeDatasetJson can write them back. */
  extraFields?: ExtraFields;
  /** Errors beyond this many are counted, not listed. */
  maxErrors?: number;
}

/** Internal: also takes a locator (lines in the JSON text) and keys to skip (format, version). */
export interface ReadDatasetInternalOptions extends ReadDatasetOptions {
  locator?: RecordLocator;
  ignoreKeys?: readonly string[];
}

const TOP_LEVEL = new Set<string>([
  ...DATASET_META.fields.map((f) => f.name),
  'generalLedgerSetup',
  'inventorySetup',
  ...DATASET_TABLES,
]);

export function readDatasetObject(obj: unknown, options: ReadDatasetOptions = {}): Result<Dataset> {
  return readDatasetValue(obj, options);
}

export function readDatasetValue(obj: unknown, options: ReadDatasetInternalOptions): Result<Dataset> {
  const collector = new ProblemCollector(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const fileLocator = options.locator ?? NO_LOCATOR;
  const locator: RecordLocator = {
    file: () => options.file,
    line: (table, index, field) => fileLocator.line(table, index, field),
  };
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    collector.add('value-invalid', `${options.file ?? 'dataset'}: the dataset must be a JSON object`, {
      ...(options.file ? { file: options.file } : {}),
      value: showValue(obj),
    });
    return fail(collector.finish());
  }
  const body = obj as Record<string, unknown>;
  const reader: RecordReader = {
    ctx: { mode: 'json', decimalComma: false, amountScale: 2, unitAmountScale: 5 },
    strict: options.strict ?? false,
    collector,
    locator,
  };
  const extras = options.extraFields;

  const glSetup = readSingle(GENERAL_LEDGER_SETUP, body.generalLedgerSetup, reader, extras);
  reader.ctx = contextFor(glSetup);
  const meta = readRecord(DATASET_META, body, 0, reader, false);
  const invSetup = readSingle(INVENTORY_SETUP, body.inventorySetup, reader, extras);
  topLevelUnknown(body, reader, options.ignoreKeys ?? [], extras);

  const tables: Partial<Record<DatasetTableName, unknown[]>> = {};
  for (const table of DATASET_TABLES) {
    tables[table] = readTable(TABLE_SPECS[table], body[table], reader, extras);
  }
  const ds = datasetWithDefaults({
    ...(meta.record as Partial<Dataset>),
    generalLedgerSetup: defaultGeneralLedgerSetup(glSetup),
    inventorySetup: defaultInventorySetup(invSetup),
  });
  for (const table of DATASET_TABLES) (ds[table] as unknown[]) = tables[table] ?? [];
  checkDataset(ds, collector, locator);
  const problems = collector.finish();
  return collector.hasErrors ? fail(problems) : ok(ds, problems);
}

/** Amount scales from the G/L setup's precisions (defaults when missing or invalid). */
export function contextFor(setup: object, mode: 'json' | 'csv' = 'json', decimalComma = false): ValueContext {
  const glSetup = setup as Record<string, unknown>;
  const amount = precisionScale(textOr(glSetup.amountRoundingPrecision, '0.01')) ?? 2;
  const unit = precisionScale(textOr(glSetup.unitAmountRoundingPrecision, '0.00001')) ?? 5;
  return { mode, decimalComma, amountScale: amount, unitAmountScale: unit };
}

function readSingle(
  spec: TableSpec,
  raw: unknown,
  reader: RecordReader,
  extras: ExtraFields | undefined,
): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    notA(reader, spec.name, raw, 'an object');
    return {};
  }
  const read = readRecord(spec, raw as Record<string, unknown>, 0, reader);
  if (read.extra && extras) addExtraFields(extras, spec.name, '', read.extra);
  return read.record;
}

function readTable(spec: TableSpec, raw: unknown, reader: RecordReader, extras: ExtraFields | undefined): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    notA(reader, spec.name, raw, 'a list of records');
    return [];
  }
  const factory = DEFAULT_RECORD[spec.name as DatasetTableName];
  const out: unknown[] = [];
  raw.forEach((element, index) => {
    if (typeof element !== 'object' || element === null || Array.isArray(element)) {
      reportField(reader.collector, reader.locator, { table: spec.name, index, record: {} }, spec.name, element, {
        code: 'value-invalid',
        reason: 'is not a record (a JSON object)',
      });
      return;
    }
    const read = readRecord(spec, element as Record<string, unknown>, index, reader);
    if (spec.name === 'valueEntries')
      checkValueEntryRules(read.record, element as Record<string, unknown>, index, reader);
    const record = completeRecord(spec, read.record, factory, reader.ctx);
    if (read.extra && extras) addExtraFields(extras, spec.name, recordKey(spec, record), read.extra);
    out.push(record);
  });
  return out;
}

function topLevelUnknown(
  body: Record<string, unknown>,
  reader: RecordReader,
  ignore: readonly string[],
  extras: ExtraFields | undefined,
): void {
  for (const name of Object.keys(body)) {
    if (TOP_LEVEL.has(name) || ignore.includes(name)) continue;
    if (extras) addExtraFields(extras, '', '', { [name]: body[name] });
    reportField(reader.collector, reader.locator, { table: 'dataset', index: 0, record: {} }, name, body[name], {
      code: 'field-unknown',
      reason: 'is not a dataset field or table',
      hint: reader.strict ? 'remove the field or import without strict mode' : 'kept as is and written back on export',
      severity: reader.strict ? 'error' : 'warning',
    });
  }
}

function notA(reader: RecordReader, field: string, value: unknown, what: string): void {
  reportField(reader.collector, reader.locator, { table: 'dataset', index: 0, record: {} }, field, value, {
    code: 'value-invalid',
    reason: `is not ${what}`,
  });
}

function textOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
