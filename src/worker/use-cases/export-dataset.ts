// Export use case: a stored dataset as canonical JSON, one CSV file per table, or all CSVs in a zip.
import { writeDatasetCsvZip, writeDatasetJson, writeTableCsv, type CsvTableName } from '../../core/interchange';
import { DATASET_META, GENERAL_LEDGER_SETUP, INVENTORY_SETUP, TABLE_SPECS } from '../../core/interchange/schema';
import { DATASET_TABLES } from '../../core/model';
import { ok, type Result } from '../../core/problems';
import type { EngineContext } from '../engine-context';

export type ExportFormat = 'json' | 'csv' | 'zip';

export interface ExportFile {
  name: string;
  mimeType: string;
  /** Text for JSON and CSV, bytes for a zip. */
  data: string | Uint8Array;
}

const SINGLE_FILES: Partial<Record<CsvTableName, string>> = {
  dataset: DATASET_META.file,
  generalLedgerSetup: GENERAL_LEDGER_SETUP.file,
  inventorySetup: INVENTORY_SETUP.file,
};

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
): Promise<Result<ExportFile[]>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const loaded = await ctx.cache.load(opened.value, datasetId);
  if (!loaded.ok) return loaded;
  const ds = loaded.value.dataset;
  const stem = fileStem(ds.name);
  if (format === 'json')
    return ok([{ name: `${stem}.json`, mimeType: 'application/json', data: writeDatasetJson(ds) }]);
  if (format === 'zip') return ok([{ name: `${stem}.zip`, mimeType: 'application/zip', data: writeDatasetCsvZip(ds) }]);
  const tables: CsvTableName[] = ['dataset', 'generalLedgerSetup', 'inventorySetup', ...DATASET_TABLES];
  return ok(
    tables.map((table) => ({
      name: `${SINGLE_FILES[table] ?? TABLE_SPECS[table as keyof typeof TABLE_SPECS].file}.csv`,
      mimeType: 'text/csv',
      data: writeTableCsv(ds, table),
    })),
  );
}
