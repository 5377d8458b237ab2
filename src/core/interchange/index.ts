// Dataset interchange: JSON and CSV import with every problem located, canonical export.
export { readDatasetJson, type ReadDatasetJsonOptions } from './read-json';
export { readDatasetObject, type ReadDatasetOptions } from './read-dataset';
export { writeDatasetJson, writeDatasetJsonChunks, type WriteDatasetOptions } from './write-json';
export { DATASET_MIGRATIONS, migrateDataset, type DatasetMigration } from './migrations';
export type { ExtraFields } from './extra-fields';
export {
  CSV_HEAD_CHARS,
  readDatasetCsv,
  readDatasetCsvSteps,
  type CsvFile,
  type CsvSource,
  type ReadDatasetCsvOptions,
} from './read-csv';
export { runSteps, type ReadStep } from './steps';
export { CSV_TABLES, csvFileName, writeTableCsv, writeDatasetCsvZip, type CsvTableName } from './write-csv';
export { unzipCsvFiles } from './unzip';
