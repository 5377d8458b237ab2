// CSV export: camelCase header, `,` delimiter, `.` decimals, RFC 4180 quoting, CRLF lines; text
// cells starting with = + - @ get a leading ' so a spreadsheet does not run them as formulas
// (amounts and quantities stay numeric). The reader removes that ' again.
import { zipSync, strToU8 } from 'fflate';
import type { Dataset, DatasetTableName } from '../model/dataset';
import { DATASET_TABLES } from '../model/dataset';
import { csvHeaderLine, csvLayout, csvRecordLines, textCell } from './csv-lines';
import { DIMENSION_VALUES_CSV } from './csv-schema';
import type { WriteContext } from './format-values';
import { DATASET_META, GENERAL_LEDGER_SETUP, INVENTORY_SETUP, TABLE_SPECS } from './schema';
import type { TableSpec } from './schema-types';
import { sortRecords } from './sort-records';
import { writeContext } from './write-json';

export type CsvTableName = DatasetTableName | 'dataset' | 'generalLedgerSetup' | 'inventorySetup';

/** Every CSV file's table, in export order (dataset.csv, the setups, then the dataset's tables). */
export const CSV_TABLES: readonly CsvTableName[] = [
  'dataset',
  'generalLedgerSetup',
  'inventorySetup',
  ...DATASET_TABLES,
];

const SINGLE_SPECS: Record<string, TableSpec> = {
  dataset: DATASET_META,
  generalLedgerSetup: GENERAL_LEDGER_SETUP,
  inventorySetup: INVENTORY_SETUP,
};

/** The spec a CSV table is written with. */
export function csvSpecOf(table: CsvTableName): TableSpec {
  return SINGLE_SPECS[table] ?? TABLE_SPECS[table as DatasetTableName];
}

/** `value-entries.csv`. */
export function csvFileName(table: CsvTableName): string {
  return `${csvSpecOf(table).file}.csv`;
}

export function writeTableCsv(ds: Dataset, table: CsvTableName): string {
  const ctx = writeContext(ds);
  if (table === 'dimensions') return writeDimensionsCsv(ds);
  const single = SINGLE_SPECS[table];
  if (single) return csvText(single, [single === DATASET_META ? ds : ds[table as 'generalLedgerSetup']], ctx);
  const spec = TABLE_SPECS[table as DatasetTableName];
  return csvText(spec, sortRecords(spec, ds[table as DatasetTableName] as object[]), ctx);
}

/** Every table and both setups (plus dataset.csv with name, currency and work date) as a zip. */
export function writeDatasetCsvZip(ds: Dataset): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const table of CSV_TABLES) files[csvFileName(table)] = strToU8(writeTableCsv(ds, table));
  // A fixed time stamp keeps the archive's bytes the same for the same dataset.
  return zipSync(files, { mtime: new Date(1980, 0, 1) });
}

function csvText(spec: TableSpec, records: readonly object[], ctx: WriteContext): string {
  const layout = csvLayout(
    spec,
    records.map((r) => (r as { dimensions?: unknown }).dimensions),
  );
  return csvHeaderLine(layout) + csvRecordLines(layout, records, ctx);
}

function writeDimensionsCsv(ds: Dataset): string {
  const lines = ['code,value'];
  for (const dim of sortRecords(DIMENSION_VALUES_CSV, ds.dimensions)) {
    const values = [...dim.values].sort();
    if (values.length === 0) lines.push(`${textCell(dim.code)},`);
    for (const v of values) lines.push(`${textCell(dim.code)},${textCell(v)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
