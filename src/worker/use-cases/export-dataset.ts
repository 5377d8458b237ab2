// Export use case: a stored dataset as canonical JSON, one CSV file per table (or only the table asked for),
// or all CSVs in a zip — each file a Blob built in the worker from pages of stored rows.
import { CSV_TABLES, csvFileName, type CsvTableName } from '../../core/interchange';
import { fail, ok, problem, type Result } from '../../core/problems';
import { withExportSource, type ExportSource } from '../../storage';
import { BlobParts } from '../export/blob-parts';
import { CsvZipWriter } from '../export/csv-zip';
import { ExportCancelled, ExportProgress } from '../export/export-progress';
import { readsRows, setupDataset, writeCsvTable, writeJsonDataset } from '../export/export-tables';
import { cancelledProblem, report, type ProgressCallback } from '../operations';
import type { EngineContext } from '../engine-context';

export type ExportFormat = 'json' | 'csv' | 'zip';

export interface ExportOptions {
  /** CSV only: export just this table's file. */
  table?: CsvTableName;
  /** CSV of a ledger `table` only: just these entries (the entries behind a drill-down), in entry no. order. */
  entryNos?: readonly number[];
  /** Ledger rows decoded per page (tests use small pages to cross chunk and page edges). */
  pageRows?: number;
}

/** The source reading only the rows of `table` whose entry no. is one of `entryNos` (other chunks not read). */
function onlyEntries(source: ExportSource, table: CsvTableName, entryNos: readonly number[]): ExportSource {
  return {
    ...source,
    forEachPage: (t, options, onPage) =>
      source.forEachPage(t, t === table ? { ...options, entryNos } : options, onPage),
  };
}

export interface ExportFile {
  name: string;
  mimeType: string;
  /** The file's bytes: a Blob crosses to the page by reference, its text never enters the UI thread. */
  data: Blob;
}

const PAGE_ROWS = 2_000;

/** Ledgers keyed by entry no. (the relations are keyed by a pair of entry nos.). */
const BY_ENTRY_NO: readonly CsvTableName[] = [
  'itemLedgerEntries',
  'itemApplicationEntries',
  'valueEntries',
  'glEntries',
];

/** A file name from the dataset's name ("Cronus demo, January" → "cronus-demo-january"). */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem === '' ? 'dataset' : stem;
}

export async function exportDataset(
  ctx: EngineContext,
  datasetId: string,
  format: ExportFormat,
  options: ExportOptions = {},
  onProgress?: ProgressCallback,
  operationId?: string,
): Promise<Result<ExportFile[]>> {
  const { table, entryNos } = options;
  if (table !== undefined && !CSV_TABLES.includes(table))
    return fail([problem('table-unknown', `There is no table ${table} to export.`, { table })]);
  if (entryNos && (format !== 'csv' || table === undefined || !BY_ENTRY_NO.includes(table)))
    return fail([problem('value-invalid', 'Entries are chosen within one ledger exported as CSV.', { table })]);
  const chosen = entryNos && [...new Set(entryNos)].sort((a, b) => a - b);
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  try {
    return await withExportSource(opened.value, datasetId, async (stored) => {
      const tables = format === 'csv' && table !== undefined ? [table] : CSV_TABLES;
      const total = chosen
        ? chosen.length
        : tables.reduce((n, t) => n + (readsRows(stored, t) ? stored.rowCount(t) : 0), 0);
      const progress = new ExportProgress(total, onProgress, () => ctx.operations.isCancelled(operationId));
      const tracked = progress.track(stored);
      const source = chosen && table ? onlyEntries(tracked, table, chosen) : tracked;
      const files = await writeFiles(source, format, table, options.pageRows ?? PAGE_ROWS);
      await report(onProgress, { stage: 'done', fraction: 1 });
      return files;
    });
  } catch (e) {
    if (e instanceof ExportCancelled) return fail([cancelledProblem()]);
    throw e;
  } finally {
    ctx.operations.finish(operationId);
  }
}

async function writeFiles(
  source: ExportSource,
  format: ExportFormat,
  table: CsvTableName | undefined,
  pageRows: number,
): Promise<Result<ExportFile[]>> {
  const ds = setupDataset(source);
  const stem = fileStem(ds.name);
  if (format === 'json') {
    const parts = new BlobParts();
    await writeJsonDataset(source, ds, pageRows, (text) => parts.add(text));
    return ok([{ name: `${stem}.json`, mimeType: 'application/json', data: parts.blob('application/json') }]);
  }
  if (format === 'zip') {
    const zip = new CsvZipWriter();
    for (const t of CSV_TABLES)
      await zip.addFile(csvFileName(t), (sink) => writeCsvTable(source, ds, t, pageRows, sink));
    return ok([{ name: `${stem}.zip`, mimeType: 'application/zip', data: zip.blob() }]);
  }
  const files: ExportFile[] = [];
  for (const t of table === undefined ? CSV_TABLES : [table]) {
    const parts = new BlobParts();
    await writeCsvTable(source, ds, t, pageRows, (text) => parts.add(text));
    files.push({ name: csvFileName(t), mimeType: 'text/csv', data: parts.blob('text/csv') });
  }
  return ok(files);
}
