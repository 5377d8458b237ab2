// Fields a file holds that the model does not know. They are reported (field-unknown) and kept
// here, keyed by table and record key, so writing the dataset back does not drop them.
import type { TableSpec } from './schema-types';

/** table ('' for the top level) → record key ('' for single records) → field → value. Plain data. */
export type ExtraFields = Record<string, Record<string, Record<string, unknown>>>;

export function recordKey(spec: TableSpec, record: Record<string, unknown>): string {
  return spec.keys
    .map((k) => {
      const v = record[k];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
    })
    .join('|');
}

export function addExtraFields(sink: ExtraFields, table: string, key: string, fields: Record<string, unknown>): void {
  const byKey = (sink[table] ??= {});
  byKey[key] = { ...byKey[key], ...fields };
}

export function extraFieldsOf(
  extra: ExtraFields | undefined,
  table: string,
  key: string,
): Record<string, unknown> | undefined {
  return extra?.[table]?.[key];
}
