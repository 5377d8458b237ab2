// CSV export: camelCase header, `,` delimiter, `.` decimals, RFC 4180 quoting, CRLF lines; text
// cells starting with = + - @ get a leading ' so a spreadsheet does not run them as formulas
// (amounts and quantities stay numeric). The reader removes that ' again.
import { zipSync, strToU8 } from 'fflate';
import type { Dataset, DatasetTableName } from '../model/dataset';
import { DATASET_TABLES } from '../model/dataset';
import { csvFields, DIMENSION_VALUES_CSV, hasDimensionColumns } from './csv-schema';
import { canonicalValue, type WriteContext } from './format-values';
import { DATASET_META, GENERAL_LEDGER_SETUP, INVENTORY_SETUP, TABLE_SPECS } from './schema';
import type { FieldKind, TableSpec } from './schema-types';
import { sortRecords } from './sort-records';
import { writeContext } from './write-json';

export type CsvTableName = DatasetTableName | 'dataset' | 'generalLedgerSetup' | 'inventorySetup';

const SINGLE_SPECS: Record<string, TableSpec> = {
  dataset: DATASET_META,
  generalLedgerSetup: GENERAL_LEDGER_SETUP,
  inventorySetup: INVENTORY_SETUP,
};

const TEXT_KINDS = new Set<FieldKind>(['text', 'code', 'option', 'date', 'dateOrNull']);

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
  for (const table of ['dataset', 'generalLedgerSetup', 'inventorySetup', ...DATASET_TABLES] as CsvTableName[]) {
    const spec = SINGLE_SPECS[table] ?? TABLE_SPECS[table as DatasetTableName];
    files[`${spec.file}.csv`] = strToU8(writeTableCsv(ds, table));
  }
  // A fixed time stamp keeps the archive's bytes the same for the same dataset.
  return zipSync(files, { mtime: new Date(1980, 0, 1) });
}

function csvText(spec: TableSpec, records: readonly object[], ctx: WriteContext): string {
  const fields = csvFields(spec);
  const dimCodes = hasDimensionColumns(spec) ? dimensionCodes(records) : [];
  const lines: string[] = [[...fields.map((f) => f.name), ...dimCodes.map((c) => `dim:${c}`)].map(quote).join(',')];
  for (const rec of records) {
    const r = rec as Record<string, unknown>;
    const cells = fields.map((f) => cell(f.kind, r[f.name], ctx));
    const dims = (r.dimensions ?? {}) as Record<string, string>;
    for (const code of dimCodes) cells.push(textCell(dims[code] ?? ''));
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
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

function dimensionCodes(records: readonly object[]): string[] {
  const codes = new Set<string>();
  for (const r of records) for (const c of Object.keys((r as { dimensions?: object }).dimensions ?? {})) codes.add(c);
  return [...codes].sort();
}

function cell(kind: FieldKind, value: unknown, ctx: WriteContext): string {
  const v = canonicalValue(kind, value, ctx) as string | number | boolean | null | undefined;
  if (v === null || v === undefined) return '';
  if (TEXT_KINDS.has(kind)) return textCell(String(v));
  return quote(String(v));
}

function textCell(text: string): string {
  return quote(/^[=+\-@]/.test(text) ? `'${text}` : text);
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
