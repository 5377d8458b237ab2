// A ledger table as raw column chunks plus the dataset's dictionary: the million-row path.
// Typed arrays are returned as stored so the worker can transfer them without copying.
import type { LedgerColumns } from '../core/columns';
import type { Dataset } from '../core/model';
import { scaleOf } from '../core/money';
import { fail, ok, problem, type Result } from '../core/problems';
import { loadDataset } from './dataset-store';
import { readDictionary, readDictionaryEntries } from './dictionary-store';
import { readStoredTableChunks, readTableChunks, type ChunkReadOptions } from './chunk-store';
import type { ChunkRecord, DatasetRecord, LedgerTableName } from './records';
import type { CostbookDb } from './schema';
import { codedIndexes, MATRIX_READS, toLedgerColumns } from './to-ledger-columns';
import { inReadTransaction } from './transaction';

export interface LedgerChunkColumns {
  table: LedgerTableName;
  rowCount: number;
  amountScale: number;
  unitAmountScale: number;
  /** The dataset's dictionary: `string` and `dimensions` cells index into it. */
  dictionary: string[];
  chunks: Pick<ChunkRecord, 'chunkNo' | 'rowCount' | 'columns' | 'exceptions'>[];
  revision: number;
}

export async function readLedgerColumns(
  db: CostbookDb,
  datasetId: string,
  table: LedgerTableName,
  options: ChunkReadOptions = {},
): Promise<Result<LedgerChunkColumns>> {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    const dictionary = (await readDictionary(db, datasetId)).values;
    const chunks = (await readTableChunks(db, record, table, options)).map(
      ({ chunkNo, rowCount, columns, exceptions }) => ({
        chunkNo,
        rowCount,
        columns,
        exceptions,
      }),
    );
    return ok({
      table,
      rowCount: chunks.reduce((n, c) => n + c.rowCount, 0),
      amountScale: record.amountScale,
      unitAmountScale: record.unitAmountScale,
      dictionary,
      chunks,
      revision: record.revision,
    });
  });
}

async function reconciliationColumnsOf(db: CostbookDb, record: DatasetRecord): Promise<LedgerColumns> {
  if (record.amountScale !== scaleOf(record.generalLedgerSetup.amountRoundingPrecision)) {
    throw new Error('amount precision changed after the ledgers were stored');
  }
  // Only the fields the matrix uses, all asked for at once.
  const [valueEntries, glEntries, relations] = await Promise.all([
    readStoredTableChunks(db, record, 'valueEntries', { fields: MATRIX_READS.valueEntries }),
    readStoredTableChunks(db, record, 'glEntries', { fields: MATRIX_READS.glEntries }),
    readStoredTableChunks(db, record, 'glItemLedgerRelations', { fields: MATRIX_READS.glItemLedgerRelations }),
  ]);
  // Only the dictionary pages holding codes the matrix reads (not the document nos. and texts).
  const coded = codedIndexes({ valueEntries, glEntries });
  const dictionary = await readDictionaryEntries(db, record.id, coded.indexes);
  return toLedgerColumns({
    scale: record.amountScale,
    dictionary,
    dictionarySize: coded.size,
    valueEntries,
    glEntries,
    relations,
  });
}

/** The reconciliation's columnar ledgers straight from the stored chunks (no row objects). */
export async function readReconciliationColumns(db: CostbookDb, datasetId: string): Promise<Result<LedgerColumns>> {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    return ok(await reconciliationColumnsOf(db, record));
  });
}

/** The columnar ledgers with the setup and revision they belong to, read in one transaction. */
export async function readReconciliationInput(
  db: CostbookDb,
  datasetId: string,
): Promise<Result<{ columns: LedgerColumns; setup: Dataset; revision: number }>> {
  return inReadTransaction(db, async () => {
    const setup = await loadDataset(db, datasetId, { ledgers: false });
    if (!setup.ok) return setup;
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    const columns = await reconciliationColumnsOf(db, record);
    return ok({ columns, setup: setup.value.dataset, revision: record.revision });
  });
}
