// Storage: the only folder that imports Dexie. Datasets with setup rows and column-chunked ledgers.
export { CostbookDb, DATABASE_NAME, SCHEMA_VERSION, declareSchema } from './schema';
export { openCostbookDb, type OpenOptions } from './open-database';
export {
  datasetOf,
  deleteDataset,
  listDatasets,
  loadDataset,
  readDatasetRecord,
  saveDataset,
  StaleRevisionError,
  writeChanges,
  writeSetup,
  type DatasetSummary,
  type SaveMode,
  type SaveOptions,
} from './dataset-store';
export {
  readLedgerColumns,
  readReconciliationColumns,
  readReconciliationInput,
  type LedgerChunkColumns,
} from './ledger-columns';
export { requestPersistence, storageInfo, type StorageInfo } from './persistence';
export { isQuotaError, storageProblem } from './storage-errors';
export { LEDGER_TABLES, SETUP_TABLES, type LedgerTableName, type SetupTableName } from './records';
export { readLedgerPage, type LedgerPage, type LedgerPageQuery } from './ledger-pages';
export { LedgerChunkBuilder, type BuiltLedgers } from './chunk-writer';
export { withExportSource, type ExportSource } from './export-source';
export type { RowPageOptions } from './ledger-row-pages';
