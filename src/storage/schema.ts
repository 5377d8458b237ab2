// The IndexedDB schema, every version in one place. Upgrades call the pure steps in upgrades.ts.
import { Dexie, type Table, type Transaction } from 'dexie';
import type { ChunkRecord, ColumnRecord, DatasetRecord, DictionaryPageRecord, SetupRecord } from './records';
import {
  upgradeChunkV2toV3,
  upgradeDatasetRecordV1toV2,
  upgradeDictionaryPageV2toV3,
  type DatasetRecordV1,
  type DictionaryPageRecordV2,
} from './upgrades';

export const DATABASE_NAME = 'costbook';
export const SCHEMA_VERSION = 3;

const STORES_V1 = {
  datasets: 'id',
  setupRows: '[datasetId+table+key], datasetId, [datasetId+table]',
  chunks: '[datasetId+table+chunkNo], datasetId, [datasetId+table]',
  dictionaryPages: '[datasetId+pageNo], datasetId',
};

async function upgradeToV2(tx: Transaction): Promise<void> {
  const datasets = (await tx.table('datasets').toArray()) as DatasetRecordV1[];
  for (const ds of datasets) {
    const chunks = (await tx.table('chunks').where('datasetId').equals(ds.id).toArray()) as ChunkRecord[];
    const byKey = new Map(chunks.map((c) => [`${c.table}/${c.chunkNo}`, c]));
    await tx.table('datasets').put(upgradeDatasetRecordV1toV2(ds, (t, n) => byKey.get(`${t}/${n}`)));
  }
}

/** Version 3: a chunk's fields become column records (key order: one range per field, chunks in order). */
const STORES_V3 = {
  ...STORES_V1,
  chunks: null,
  columns: '[datasetId+table+field+chunkNo], datasetId',
};

/**
 * Splits every stored chunk into column records and joins every dictionary page, one record at a time
 * (a million rows need not fit twice).
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const keys = (await tx.table('chunks').toCollection().primaryKeys()) as [string, string, number][];
  for (const key of keys) {
    const chunk = (await tx.table('chunks').get(key)) as ChunkRecord;
    await tx.table('columns').bulkPut(upgradeChunkV2toV3(chunk));
  }
  const pageKeys = (await tx.table('dictionaryPages').toCollection().primaryKeys()) as [string, number][];
  for (const key of pageKeys) {
    const page = (await tx.table('dictionaryPages').get(key)) as DictionaryPageRecordV2;
    await tx.table('dictionaryPages').put(upgradeDictionaryPageV2toV3(page));
  }
}

/** Declares schema versions 1…upTo on a Dexie instance (tests open older versions with it). */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  db.version(1).stores(STORES_V1);
  if (upTo >= 2) db.version(2).stores(STORES_V1).upgrade(upgradeToV2);
  if (upTo >= 3) db.version(3).stores(STORES_V3).upgrade(upgradeToV3);
}

export class CostbookDb extends Dexie {
  datasets!: Table<DatasetRecord, string>;
  setupRows!: Table<SetupRecord, [string, string, string]>;
  columns!: Table<ColumnRecord, [string, string, string, number]>;
  dictionaryPages!: Table<DictionaryPageRecord, [string, number]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    declareSchema(this);
  }
}
