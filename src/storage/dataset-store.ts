// Datasets in IndexedDB: create, replace, append, load, list, delete, and write a change set —
// each one transaction, so a failure part-way leaves the stored dataset exactly as it was.
import { scaleOf } from '../core/money';
import { fail, ok, problem, type Problem, type Result } from '../core/problems';
import type { Dataset, DatasetChanges } from '../core/model';
import type { BuiltLedgers } from './chunk-writer';
import { deleteDatasetColumns } from './chunk-store';
import { readDictionary, writeDictionaryChanges } from './dictionary-store';
import { readTableRows } from './ledger-reader';
import {
  appendRows,
  applyWatermarks,
  putBuiltChunks,
  existingEntryNos,
  upsertRows,
  writeTable,
  type LedgerWriteContext,
} from './ledger-writer';
import { LEDGER_TABLES, type DatasetRecord, type LedgerTableName, type SetupTableName } from './records';
import type { CostbookDb } from './schema';
import { readSetupTables, replaceSetupRows, upsertItemRows, upsertSetupRows } from './setup-store';
import { inReadTransaction, inWriteTransaction } from './transaction';

export interface DatasetSummary {
  id: string;
  name: string;
  description: string;
  currencyCode: string;
  workDate: string | null;
  /** Rows per ledger table. */
  counts: Record<LedgerTableName, number>;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** Thrown inside a write when another writer changed the dataset since it was read: the caller re-plans. */
export class StaleRevisionError extends Error {
  constructor(readonly datasetId: string) {
    super(`dataset ${datasetId} changed since it was read`);
  }
}

export type SaveMode = 'create' | 'replace' | 'append';

export interface SaveOptions {
  mode: SaveMode;
  /** The dataset to replace or append to (ignored when creating). */
  datasetId?: string;
  /** The ledgers already encoded as column chunks (create/replace): `ds`'s ledger arrays are ignored. */
  ledgers?: BuiltLedgers;
}

export function summaryOf(record: DatasetRecord): DatasetSummary {
  const counts = {} as Record<LedgerTableName, number>;
  for (const t of LEDGER_TABLES) counts[t] = record.chunks[t].reduce((n, s) => n + s.rowCount, 0);
  const { id, name, description, currencyCode, workDate, revision, createdAt, updatedAt } = record;
  return { id, name, description, currencyCode, workDate, counts, revision, createdAt, updatedAt };
}

function newDatasetId(): string {
  return `ds-${crypto.randomUUID()}`;
}

function emptyChunkIndex(): DatasetRecord['chunks'] {
  return Object.fromEntries(LEDGER_TABLES.map((t) => [t, []])) as unknown as DatasetRecord['chunks'];
}

function notFound(datasetId: string): Problem {
  return problem(
    'dataset-not-found',
    `There is no dataset with id ${datasetId}; it may have been deleted in another tab.`,
  );
}

function newRecord(ds: Dataset, id: string, now: string): DatasetRecord {
  return {
    id,
    name: ds.name,
    description: ds.description,
    currencyCode: ds.currencyCode,
    workDate: ds.workDate,
    generalLedgerSetup: ds.generalLedgerSetup,
    inventorySetup: ds.inventorySetup,
    amountScale: scaleOf(ds.generalLedgerSetup.amountRoundingPrecision),
    unitAmountScale: scaleOf(ds.generalLedgerSetup.unitAmountRoundingPrecision),
    chunks: emptyChunkIndex(),
    dictionarySize: 0,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
}

async function finish(ctx: LedgerWriteContext, now: string): Promise<DatasetSummary> {
  await writeDictionaryChanges(ctx.db, ctx.record.id, ctx.dict);
  ctx.record.dictionarySize = ctx.dict.size;
  ctx.record.updatedAt = now;
  await ctx.db.datasets.put(ctx.record);
  return summaryOf(ctx.record);
}

async function duplicateEntryProblems(ctx: LedgerWriteContext, ds: Dataset): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const table of ['itemLedgerEntries', 'itemApplicationEntries', 'valueEntries', 'glEntries'] as const) {
    const nos = ds[table].map((r) => r.entryNo);
    for (const no of await existingEntryNos(ctx, table, nos)) {
      if (problems.length >= 100) return problems;
      problems.push(
        problem('duplicate-entry-no', `Entry no. ${no} already exists in the stored ${table}.`, { table, entryNo: no }),
      );
    }
  }
  return problems;
}

/** Creates a dataset, replaces one whole, or appends a dataset's rows to one — in one transaction. */
/** The Dataset a stored record, its setup rows and its ledgers' rows (empty when not read) make up. */
export function datasetOf(
  record: DatasetRecord,
  setup: Record<SetupTableName, Record<string, unknown>[]>,
  ledgers?: Record<LedgerTableName, Record<string, unknown>[]>,
): Dataset {
  return {
    name: record.name,
    description: record.description,
    currencyCode: record.currencyCode,
    workDate: record.workDate,
    generalLedgerSetup: record.generalLedgerSetup,
    inventorySetup: record.inventorySetup,
    ...setup,
    ...(ledgers ?? Object.fromEntries(LEDGER_TABLES.map((t) => [t, []]))),
  } as unknown as Dataset;
}

export async function saveDataset(db: CostbookDb, ds: Dataset, options: SaveOptions): Promise<Result<DatasetSummary>> {
  const now = new Date().toISOString();
  return inWriteTransaction(db, async () => {
    if (options.mode === 'append') {
      const record = options.datasetId ? await db.datasets.get(options.datasetId) : undefined;
      if (!record) return fail([notFound(options.datasetId ?? '')]);
      const ctx: LedgerWriteContext = { db, record, dict: await readDictionary(db, record.id) };
      const duplicates = await duplicateEntryProblems(ctx, ds);
      if (duplicates.length > 0) return fail(duplicates);
      await upsertSetupRows(db, record.id, ds);
      for (const table of LEDGER_TABLES)
        await appendRows(ctx, table, ds[table] as unknown as Record<string, unknown>[]);
      record.revision++;
      return ok(await finish(ctx, now));
    }
    let id = newDatasetId();
    let createdAt = now;
    let revision = 1;
    if (options.mode === 'replace') {
      const old = options.datasetId ? await db.datasets.get(options.datasetId) : undefined;
      if (!old) return fail([notFound(options.datasetId ?? '')]);
      ({ id, createdAt } = old);
      revision = old.revision + 1;
      await deleteDatasetRows(db, id);
    }
    const record = { ...newRecord(ds, id, now), createdAt, revision };
    const built = options.ledgers;
    const ctx: LedgerWriteContext = { db, record, dict: built ? built.dict : await readDictionary(db, id) };
    await replaceSetupRows(db, id, ds);
    if (built) await putBuiltChunks(ctx, built);
    else
      for (const table of LEDGER_TABLES)
        await writeTable(ctx, table, ds[table] as unknown as Record<string, unknown>[]);
    return ok(await finish(ctx, now));
  });
}

async function deleteDatasetRows(db: CostbookDb, id: string): Promise<void> {
  await db.setupRows.where('datasetId').equals(id).delete();
  await deleteDatasetColumns(db, id);
  await db.dictionaryPages.where('datasetId').equals(id).delete();
}

export async function deleteDataset(db: CostbookDb, id: string): Promise<Result<void>> {
  return inWriteTransaction(db, async () => {
    if (!(await db.datasets.get(id))) return fail([notFound(id)]);
    await deleteDatasetRows(db, id);
    await db.datasets.delete(id);
    return ok(undefined);
  });
}

export async function listDatasets(db: CostbookDb): Promise<Result<DatasetSummary[]>> {
  return inReadTransaction(db, async () => {
    const records = await db.datasets.toArray();
    records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
    return ok(records.map(summaryOf));
  });
}

export async function readDatasetRecord(db: CostbookDb, id: string): Promise<Result<DatasetRecord>> {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(id);
    return record ? ok(record) : fail([notFound(id)]);
  });
}

/** Loads a whole dataset as row objects (for costing and posting on small and medium data). */
export async function loadDataset(
  db: CostbookDb,
  id: string,
  options: { ledgers?: boolean } = {},
): Promise<Result<{ dataset: Dataset; revision: number }>> {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(id);
    if (!record) return fail([notFound(id)]);
    const dict = options.ledgers === false ? [] : (await readDictionary(db, id)).values;
    const setup = await readSetupTables(db, id);
    const ledgers = {} as Record<LedgerTableName, Record<string, unknown>[]>;
    for (const table of LEDGER_TABLES) {
      ledgers[table] = options.ledgers === false ? [] : await readTableRows(db, record, dict, table);
    }
    return ok({ dataset: datasetOf(record, setup, ledgers), revision: record.revision });
  });
}

/**
 * Writes a change set (item transaction, posting run) in one transaction, rewriting only the
 * chunks it touches. With `expectedRevision`, throws StaleRevisionError if another writer came first.
 */
export async function writeChanges(
  db: CostbookDb,
  id: string,
  changes: DatasetChanges,
  options: { expectedRevision?: number } = {},
): Promise<Result<DatasetSummary>> {
  const now = new Date().toISOString();
  return inWriteTransaction(db, async () => {
    const record = await db.datasets.get(id);
    if (!record) return fail([notFound(id)]);
    if (options.expectedRevision !== undefined && record.revision !== options.expectedRevision) {
      throw new StaleRevisionError(id);
    }
    const ctx: LedgerWriteContext = { db, record, dict: await readDictionary(db, id) };
    // Watermarks on value entries created by the same changes are applied before those are appended.
    const fresh = new Map(changes.valueEntries.map((ve) => [ve.entryNo, { ...ve }]));
    const storedMarks = changes.watermarks.filter((w) => {
      const ve = fresh.get(w.valueEntryNo);
      if (!ve) return true;
      if (w.costPostedToGL !== undefined) ve.costPostedToGL = w.costPostedToGL;
      if (w.expectedCostPostedToGL !== undefined) ve.expectedCostPostedToGL = w.expectedCostPostedToGL;
      return false;
    });
    const rows = (xs: object[]) => xs as unknown as Record<string, unknown>[];
    await upsertRows(ctx, 'itemLedgerEntries', rows(changes.itemLedgerEntries));
    await upsertRows(ctx, 'itemApplicationEntries', rows(changes.itemApplicationEntries));
    const unknown = await applyWatermarks(ctx, storedMarks);
    if (unknown.length > 0) return fail(unknown);
    await appendRows(ctx, 'valueEntries', rows([...fresh.values()]));
    await appendRows(ctx, 'glEntries', rows(changes.glEntries));
    await appendRows(ctx, 'glItemLedgerRelations', rows(changes.glItemLedgerRelations));
    await upsertItemRows(db, id, changes.items);
    record.revision++;
    return ok(await finish(ctx, now));
  });
}

/** Replaces the dataset's setup (single-record setups and setup tables) in one transaction. */
export async function writeSetup(
  db: CostbookDb,
  id: string,
  ds: Pick<Dataset, 'name' | 'description' | 'currencyCode' | 'workDate' | 'generalLedgerSetup' | 'inventorySetup'> &
    Pick<Dataset, SetupTableName>,
): Promise<Result<DatasetSummary>> {
  const now = new Date().toISOString();
  return inWriteTransaction(db, async () => {
    const record = await db.datasets.get(id);
    if (!record) return fail([notFound(id)]);
    const hasLedgers = LEDGER_TABLES.some((t) => record.chunks[t].length > 0);
    if (hasLedgers && scaleOf(ds.generalLedgerSetup.amountRoundingPrecision) !== record.amountScale) {
      return fail([
        problem(
          'value-invalid',
          'The amount rounding precision cannot change while the dataset holds ledger entries.',
          {
            table: 'generalLedgerSetup',
            field: 'amountRoundingPrecision',
            value: ds.generalLedgerSetup.amountRoundingPrecision,
          },
          'Export the dataset, change the precision in the file, and import it as a new dataset.',
        ),
      ]);
    }
    await replaceSetupRows(db, id, ds as Dataset);
    const { name, description, currencyCode, workDate, generalLedgerSetup, inventorySetup } = ds;
    Object.assign(record, { name, description, currencyCode, workDate, generalLedgerSetup, inventorySetup });
    record.revision++;
    record.updatedAt = now;
    await db.datasets.put(record);
    return ok(summaryOf(record));
  });
}
