// A ledger table as raw column chunks plus the dataset's dictionary: the million-row path.
// Typed arrays are returned as stored so the worker can transfer them without copying.
import type { LedgerColumns } from '../core/columns';
import type { Dataset } from '../core/model';
import { scaleOf } from '../core/money';
import { fail, ok, problem, type Result } from '../core/problems';
import { loadDataset } from './dataset-store';
import { dictionaryPageReader, readDictionary } from './dictionary-store';
import { readFieldChunks, readTableChunks, type ChunkReadOptions } from './chunk-store';
import type { ChunkRecord, DatasetRecord, LedgerTableName } from './records';
import type { CostbookDb } from './schema';
import { LedgerColumnsBuilder, MATRIX_READS, type MatrixTable } from './to-ledger-columns';
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

/**
 * The matrix's columns: one read per field the matrix uses, all asked for at once, each field converted as
 * soon as it arrives (this thread converts while the database still reads the others). Coded fields need no
 * strings while converting; the dictionary pages holding their distinct indexes are read last (page 0, which
 * holds most codes, is asked for first).
 */
async function reconciliationColumnsOf(db: CostbookDb, record: DatasetRecord): Promise<LedgerColumns> {
  if (record.amountScale !== scaleOf(record.generalLedgerSetup.amountRoundingPrecision)) {
    throw new Error('amount precision changed after the ledgers were stored');
  }
  const rows = (t: MatrixTable) => record.chunks[t].reduce((n, s) => n + s.rowCount, 0);
  const builder = new LedgerColumnsBuilder(
    record.amountScale,
    {
      valueEntries: rows('valueEntries'),
      glEntries: rows('glEntries'),
      glItemLedgerRelations: rows('glItemLedgerRelations'),
    },
    record.dictionarySize,
  );
  const dictionary = dictionaryPageReader(db, record.id);
  dictionary.prefetch(0);
  const reads = (Object.keys(MATRIX_READS) as MatrixTable[]).flatMap((table) =>
    MATRIX_READS[table].map(async (field) =>
      builder.addField(table, field, await readFieldChunks(db, record, table, field)),
    ),
  );
  await Promise.all(reads);
  return builder.finish(await dictionary.lookupOf(builder.dictionaryIndexes()));
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
    const record = await db.datasets.get(datasetId);
    if (!record) return fail([problem('dataset-not-found', `There is no dataset with id ${datasetId}.`)]);
    // The setup is read alongside the ledgers, not before them.
    const [setup, columns] = await Promise.all([
      loadDataset(db, datasetId, { ledgers: false }),
      reconciliationColumnsOf(db, record),
    ]);
    if (!setup.ok) return setup;
    return ok({ columns, setup: setup.value.dataset, revision: record.revision });
  });
}
