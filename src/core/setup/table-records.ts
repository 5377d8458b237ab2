// Records of dataset tables by key: which table names exist, how a record's key reads and compares
// (codes case-insensitively, as BC stores them upper case).
import { DATASET_TABLES, TABLE_KEYS, type DatasetTableName } from '../model';

export type AnyRecord = Record<string, unknown>;

export function isPlainObject(value: unknown): value is AnyRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isDatasetTableName(name: string): name is DatasetTableName {
  return (DATASET_TABLES as readonly string[]).includes(name);
}

function keyPart(value: unknown): string {
  if (typeof value === 'string') return 's:' + value.trim().toUpperCase();
  return typeof value === 'number' ? 'n:' + String(value) : 'x:' + JSON.stringify(value ?? null);
}

/** The identity of a record within its table, from the table's key fields. */
export function recordKey(table: DatasetTableName, record: AnyRecord): string {
  return TABLE_KEYS[table].map((field) => keyPart(record[field])).join('|');
}

/** `no "7295"` / `locationCode "BLUE", inventoryPostingGroup "RESALE"` — a key for messages. */
export function describeKey(table: DatasetTableName, record: AnyRecord): string {
  return TABLE_KEYS[table].map((field) => `${field} ${JSON.stringify(record[field] ?? null)}`).join(', ');
}
