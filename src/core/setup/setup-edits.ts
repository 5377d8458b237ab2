// Pure edits of a dataset's setup: change setup fields, upsert whole records, delete records by key.
// Each returns a new dataset (the input is untouched) or every problem found; nothing is half applied.
// Values are validated and normalised (codes upper case, BC's defaults) by interchange's reader.
import { type Dataset, type DatasetTableName } from '../model';
import { readDatasetObject } from '../interchange';
import { fail, ok, problem, type Problem, type Result } from '../problems';
import { describeKey, isDatasetTableName, isPlainObject, recordKey, type AnyRecord } from './table-records';

export interface SetupPatch {
  inventorySetup?: AnyRecord;
  generalLedgerSetup?: AnyRecord;
}

const LEDGER_TABLES: ReadonlySet<DatasetTableName> = new Set([
  'itemLedgerEntries',
  'itemApplicationEntries',
  'valueEntries',
  'glEntries',
  'glItemLedgerRelations',
]);
/** Setup tables that other records refer to and that refer to nothing themselves. */
const REFERENCED_SETUP: readonly DatasetTableName[] = ['glAccounts', 'locations', 'items', 'dimensions'];

/**
 * Errors about the edited part first: the rest of the dataset is only context. Should the context
 * itself be in error (a ledger naming a deleted account), those errors are returned rather than none.
 */
function errorsAbout(problems: readonly Problem[], table: string | null): Problem[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const about = errors.filter((p) => table === null || p.where?.table === table);
  return about.length > 0 ? about : errors;
}

/** What references in `table` are checked against: the referenced setup, and for a ledger the ledgers. */
function contextOf(ds: Dataset, table: DatasetTableName): AnyRecord {
  const context: AnyRecord = { generalLedgerSetup: ds.generalLedgerSetup, inventorySetup: ds.inventorySetup };
  const tables = LEDGER_TABLES.has(table) ? [...REFERENCED_SETUP, ...LEDGER_TABLES] : REFERENCED_SETUP;
  for (const t of tables) if (t !== table) context[t] = ds[t];
  return context;
}

/** Changes the given fields of the inventory setup and/or the general ledger setup. */
export function setSetup(ds: Dataset, patch: SetupPatch): Result<Dataset> {
  const read = readDatasetObject(
    {
      generalLedgerSetup: { ...ds.generalLedgerSetup, ...patch.generalLedgerSetup },
      inventorySetup: { ...ds.inventorySetup, ...patch.inventorySetup },
    },
    { strict: true },
  );
  if (!read.ok) return fail(errorsAbout(read.problems, null));
  return ok({ ...ds, generalLedgerSetup: read.value.generalLedgerSetup, inventorySetup: read.value.inventorySetup });
}

function unknownTable(table: string): Problem {
  return problem('table-unknown', `the dataset has no table ${table}`, { table, value: table });
}

/** Inserts or replaces whole records (matched by the table's key); missing fields take BC's defaults. */
export function upsertRecords(ds: Dataset, table: string, records: readonly unknown[]): Result<Dataset> {
  if (!isDatasetTableName(table)) return fail([unknownTable(table)]);
  const read = readDatasetObject({ ...contextOf(ds, table), [table]: records }, { strict: true });
  if (!read.ok) return fail(errorsAbout(read.problems, table));
  const rows = [...(ds[table] as unknown as AnyRecord[])];
  const index = new Map(rows.map((row, i) => [recordKey(table, row), i]));
  for (const record of read.value[table] as unknown as AnyRecord[]) {
    const key = recordKey(table, record);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, rows.length);
      rows.push(record);
    } else {
      rows[at] = record;
    }
  }
  return ok(withTable(ds, table, rows));
}

/** Deletes records by key. References to them are not checked (a deleted account the setup still names). */
export function deleteRecords(ds: Dataset, table: string, keys: readonly unknown[]): Result<Dataset> {
  if (!isDatasetTableName(table)) return fail([unknownTable(table)]);
  const rows = ds[table] as unknown as AnyRecord[];
  const present = new Set(rows.map((row) => recordKey(table, row)));
  const problems: Problem[] = [];
  const doomed = new Set<string>();
  keys.forEach((raw, i) => {
    const where = { table, line: i + 1 };
    if (!isPlainObject(raw)) {
      problems.push(problem('value-invalid', `a key of ${table} must be an object of key fields`, where));
      return;
    }
    const key = recordKey(table, raw);
    if (!present.has(key)) {
      problems.push(problem('reference-unknown', `${table} has no record with ${describeKey(table, raw)}`, where));
    }
    doomed.add(key);
  });
  if (problems.length > 0) return fail(problems);
  return ok(
    withTable(
      ds,
      table,
      rows.filter((row) => !doomed.has(recordKey(table, row))),
    ),
  );
}

function withTable(ds: Dataset, table: DatasetTableName, rows: AnyRecord[]): Dataset {
  return { ...ds, [table]: rows };
}
