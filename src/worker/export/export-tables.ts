// The text of each exported table, written to a sink piece by piece: setup tables from their rows, ledgers a
// page of stored rows at a time — through the same core line writers as the whole-dataset writers, so the
// bytes are the same.
import type { CsvTableName } from '../../core/interchange';
import { csvHeaderLine, csvLayout, csvRecordLines } from '../../core/interchange/csv-lines';
import { hasDimensionColumns } from '../../core/interchange/csv-schema';
import { TABLE_SPECS } from '../../core/interchange/schema';
import { sortRecords } from '../../core/interchange/sort-records';
import { writeTableCsv } from '../../core/interchange/write-csv';
import {
  jsonDatasetHead,
  jsonDatasetTail,
  jsonRecord,
  jsonTableClose,
  jsonTableOpen,
  writeContext,
} from '../../core/interchange/write-json';
import { DATASET_TABLES, type Dataset } from '../../core/model';
import { datasetOf, LEDGER_TABLES, type ExportSource, type LedgerTableName } from '../../storage';

export type TextSink = (text: string) => void;

const isLedger = (table: string): table is LedgerTableName => (LEDGER_TABLES as readonly string[]).includes(table);

/** The dataset without its ledgers (those are read a page at a time). */
export function setupDataset(source: ExportSource): Dataset {
  return datasetOf(source.record, source.setup);
}

/** Whether the table's rows are read from storage (a ledger with rows); the others come from `ds`. */
export function readsRows(source: ExportSource, table: CsvTableName): table is LedgerTableName {
  return isLedger(table) && source.rowCount(table) > 0;
}

/** One table as CSV: a ledger with rows a page at a time, any other table at once. */
export async function writeCsvTable(
  source: ExportSource,
  ds: Dataset,
  table: CsvTableName,
  pageRows: number,
  sink: TextSink,
): Promise<void> {
  if (readsRows(source, table)) await writeLedgerCsv(source, ds, table, pageRows, sink);
  else sink(writeTableCsv(ds, table));
}

async function writeLedgerCsv(
  source: ExportSource,
  ds: Dataset,
  table: LedgerTableName,
  pageRows: number,
  sink: TextSink,
): Promise<void> {
  const spec = TABLE_SPECS[table];
  const ctx = writeContext(ds);
  const layout = csvLayout(spec, hasDimensionColumns(spec) ? await source.dimensionSets(table) : []);
  sink(csvHeaderLine(layout));
  await source.forEachPage(table, { keys: spec.keys, pageRows }, (rows) => sink(csvRecordLines(layout, rows, ctx)));
}

/** The canonical dataset JSON. */
export async function writeJsonDataset(
  source: ExportSource,
  ds: Dataset,
  pageRows: number,
  sink: TextSink,
): Promise<void> {
  const ctx = writeContext(ds);
  sink(jsonDatasetHead(ds));
  for (const table of DATASET_TABLES) {
    const spec = TABLE_SPECS[table];
    sink(jsonTableOpen(table));
    let count = 0;
    const write = (rows: readonly object[]) => {
      let text = '';
      for (const row of rows) text += jsonRecord(spec, row, count++, ctx);
      sink(text);
    };
    if (readsRows(source, table)) await source.forEachPage(table, { keys: spec.keys, pageRows }, write);
    else write(sortRecords(spec, ds[table] as readonly object[]));
    sink(jsonTableClose(count));
  }
  sink(jsonDatasetTail());
}
