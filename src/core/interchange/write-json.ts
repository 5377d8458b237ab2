// writeDatasetJson: the canonical dataset file (dataset-format.md "Canonical export"): keys in
// document order, arrays in key/entry-no. order, 2-space indentation, final newline. Written
// record by record (writeDatasetJsonChunks) so a million entries never form one giant object.
import type { Dataset, DatasetTableName } from '../model/dataset';
import { DATASET_FORMAT, DATASET_TABLES, DATASET_VERSION } from '../model/dataset';
import { scaleOf } from '../money';
import { extraFieldsOf, recordKey, type ExtraFields } from './extra-fields';
import { canonicalValue, type WriteContext } from './format-values';
import { DATASET_META, GENERAL_LEDGER_SETUP, INVENTORY_SETUP, TABLE_SPECS } from './schema';
import type { TableSpec } from './schema-types';
import { sortRecords } from './sort-records';

export interface WriteDatasetOptions {
  /** Unknown fields kept by the reader, written back after the known ones. */
  extraFields?: ExtraFields;
}

export function writeDatasetJson(ds: Dataset, options: WriteDatasetOptions = {}): string {
  return [...writeDatasetJsonChunks(ds, options)].join('');
}

export function* writeDatasetJsonChunks(ds: Dataset, options: WriteDatasetOptions = {}): Generator<string> {
  const ctx = writeContext(ds);
  const extra = options.extraFields;
  yield jsonDatasetHead(ds, extra);
  for (const table of DATASET_TABLES) {
    const spec = TABLE_SPECS[table];
    yield jsonTableOpen(table);
    const rows = sortRecords(spec, ds[table] as unknown as Record<string, unknown>[]);
    for (let i = 0; i < rows.length; i++) yield jsonRecord(spec, rows[i]!, i, ctx, extra);
    yield jsonTableClose(rows.length);
  }
  yield jsonDatasetTail(extra);
}

/**
 * The file up to its first table: format, version, name…, both setups. The tables follow as
 * jsonTableOpen, jsonRecord for each record in key order, jsonTableClose; then jsonDatasetTail.
 */
export function jsonDatasetHead(ds: Omit<Dataset, DatasetTableName>, extra?: ExtraFields): string {
  const ctx = writeContext(ds);
  const top: [string, unknown][] = [
    ['format', DATASET_FORMAT],
    ['version', DATASET_VERSION],
  ];
  for (const f of DATASET_META.fields) top.push([f.name, canonicalValue(f.kind, ds[f.name as keyof typeof ds], ctx)]);
  top.push(['generalLedgerSetup', canonicalRecord(GENERAL_LEDGER_SETUP, ds.generalLedgerSetup, ctx, extra)]);
  top.push(['inventorySetup', canonicalRecord(INVENTORY_SETUP, ds.inventorySetup, ctx, extra)]);
  return `{${top.map(([key, value], i) => `${i === 0 ? '\n' : ',\n'}  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), 2)}`).join('')}`;
}

export function jsonTableOpen(table: DatasetTableName): string {
  return `,\n  ${JSON.stringify(table)}: [`;
}

/** The table's record at position `index` (0 for the first). */
export function jsonRecord(
  spec: TableSpec,
  record: object,
  index: number,
  ctx: WriteContext,
  extra?: ExtraFields,
): string {
  return `${index === 0 ? '\n' : ',\n'}    ${indent(JSON.stringify(canonicalRecord(spec, record, ctx, extra), null, 2), 4)}`;
}

export function jsonTableClose(count: number): string {
  return count === 0 ? ']' : '\n  ]';
}

export function jsonDatasetTail(extra?: ExtraFields): string {
  let out = '';
  for (const [key, value] of Object.entries(extra?.['']?.[''] ?? {}))
    out += `,\n  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), 2)}`;
  return `${out}\n}\n`;
}

export function writeContext(ds: Pick<Dataset, 'generalLedgerSetup'>): WriteContext {
  return { amountScale: scaleOf(ds.generalLedgerSetup.amountRoundingPrecision) };
}

function canonicalRecord(
  spec: TableSpec,
  record: object,
  ctx: WriteContext,
  extra: ExtraFields | undefined,
): Record<string, unknown> {
  const r = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of spec.fields) out[f.name] = canonicalValue(f.kind, r[f.name], ctx);
  const more = extraFieldsOf(extra, spec.name, spec.single ? '' : recordKey(spec, r));
  if (more) for (const [k, v] of Object.entries(more)) if (!(k in out)) out[k] = v;
  return out;
}

function indent(json: string, spaces: number): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${' '.repeat(spaces)}`) : json;
}
