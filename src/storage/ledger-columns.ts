// A ledger table as raw column chunks plus the dataset's dictionary: the million-row path.
// Typed arrays are returned as stored so the worker can transfer them without copying.
import type { LedgerColumns } from '../core/columns';
import { scaleOf } from '../core/money';
import { fail, ok, problem, type Result } from '../core/problems';
import { readDictionary } from './dictionary-store';
import { readTableChunks } from './ledger-reader';
import type { ChunkRecord, LedgerTableName } from './records';
import type { CostbookDb } from './schema';
import { toLedgerColumns } from './to-ledger-columns';
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
  dateRange?: { fromDay?: number; toDay?: number },
): Promise<Result<LedgerChunkColumns>> {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    const dictionary = (await readDictionary(db, datasetId)).values;
    const chunks = (await readTableChunks(db, record, table, dateRange)).map(
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

/** The reconciliation's columnar ledgers straight from the stored chunks (no row objects). */
export async function readReconciliationColumns(db: CostbookDb, datasetId: string): Promise<Result<LedgerColumns>> {
  return inReadTransaction(db, async () => {
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    if (record.amountScale !== scaleOf(record.generalLedgerSetup.amountRoundingPrecision)) {
      throw new Error('amount precision changed after the ledgers were stored');
    }
    const dictionary = (await readDictionary(db, datasetId)).values;
    return ok(
      toLedgerColumns({
        scale: record.amountScale,
        dictionary,
        valueEntries: await readTableChunks(db, record, 'valueEntries'),
        glEntries: await readTableChunks(db, record, 'glEntries'),
        relations: await readTableChunks(db, record, 'glItemLedgerRelations'),
      }),
    );
  });
}
