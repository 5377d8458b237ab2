// What an export reads: the dataset record, its setup rows, and its ledgers' rows a page at a time in
// export order. Each read is its own transaction (Dexie keeps one open only across awaits of its own reads),
// so the export is checked against the dataset's revision at the end and written again if another tab wrote.
import { fail, ok, problem, type Problem, type Result } from '../core/problems';
import { forEachLedgerPage, ledgerDimensionSets, type RowPageOptions } from './ledger-row-pages';
import type { DatasetRecord, LedgerTableName, SetupTableName } from './records';
import type { CostbookDb } from './schema';
import { readSetupTables } from './setup-store';
import { storageProblem } from './storage-errors';
import { inReadTransaction } from './transaction';

export interface ExportSource {
  record: DatasetRecord;
  setup: Record<SetupTableName, Record<string, unknown>[]>;
  /** Rows of the table stored. */
  rowCount(table: LedgerTableName): number;
  forEachPage(
    table: LedgerTableName,
    options: RowPageOptions,
    onPage: (rows: Record<string, unknown>[]) => void,
  ): Promise<void>;
  /** Every distinct dimension set of the table's rows. */
  dimensionSets(table: LedgerTableName): Promise<unknown[]>;
}

/** Attempts before an export of a dataset that keeps changing gives up. */
const ATTEMPTS = 3;

function notFound(datasetId: string): Problem {
  return problem(
    'dataset-not-found',
    `There is no dataset with id ${datasetId}; it may have been deleted in another tab.`,
  );
}

/** The record and setup rows, read together. */
function readHead(db: CostbookDb, datasetId: string) {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([notFound(datasetId)]);
    return ok({ record, setup: await readSetupTables(db, datasetId) });
  });
}

/** Runs `work` over the stored dataset: its result stands only if the dataset did not change meanwhile. */
export async function withExportSource<T>(
  db: CostbookDb,
  datasetId: string,
  work: (source: ExportSource) => Promise<Result<T>>,
): Promise<Result<T>> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const head = await readHead(db, datasetId);
    if (!head.ok) return head;
    const { record, setup } = head.value;
    let result: Result<T> | null = null;
    try {
      result = await work({
        record,
        setup,
        rowCount: (table) => record.chunks[table].reduce((n, s) => n + s.rowCount, 0),
        forEachPage: (table, options, onPage) => forEachLedgerPage(db, record, table, options, onPage),
        dimensionSets: (table) => ledgerDimensionSets(db, record, table),
      });
    } catch (e) {
      // A write part-way through (chunks replaced, dataset deleted) shows as a failed read: checked below.
      const p = storageProblem(e);
      if (p) return fail([p]);
      const now = await db.datasets.get(datasetId);
      if (now?.revision === record.revision) throw e;
    }
    const now = await db.datasets.get(datasetId);
    if (!now) return fail([notFound(datasetId)]);
    if (result && now.revision === record.revision) return result;
  }
  return fail([
    problem(
      'storage-unavailable',
      'The dataset changed in another tab while it was being exported, several times over.',
      undefined,
      'Export again when the other tab has finished posting or importing.',
    ),
  ]);
}
