// The IndexedDB schema, every version in one place. Upgrades call the pure steps in upgrades.ts.
import { Dexie, type Table, type Transaction } from 'dexie';
import type { ChunkRecord, DatasetRecord, DictionaryPageRecord, SetupRecord } from './records';
import { upgradeDatasetRecordV1toV2, type DatasetRecordV1 } from './upgrades';

export const DATABASE_NAME = 'costbook';
export const SCHEMA_VERSION = 2;

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

/** Declares schema versions 1…upTo on a Dexie instance (tests open older versions with it). */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  db.version(1).stores(STORES_V1);
  if (upTo >= 2) db.version(2).stores(STORES_V1).upgrade(upgradeToV2);
}

export class CostbookDb extends Dexie {
  datasets!: Table<DatasetRecord, string>;
  setupRows!: Table<SetupRecord, [string, string, string]>;
  chunks!: Table<ChunkRecord, [string, string, number]>;
  dictionaryPages!: Table<DictionaryPageRecord, [string, number]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    declareSchema(this);
  }
}
