// CSV view of the tables: file names, header captions, and dimensions.csv's one-row-per-value shape.
import { ALL_SPECS, TABLE_SPECS } from './schema';
import type { FieldSpec, TableSpec } from './schema-types';

/** dimensions.csv holds `code,value` rows; the reader groups them into `{ code, values }`. */
export const DIMENSION_VALUES_CSV: TableSpec = {
  name: 'dimensions',
  file: 'dimensions',
  keys: ['code'],
  fields: [
    { name: 'code', kind: 'code', captions: ['Dimension Code'], required: true },
    { name: 'value', kind: 'code', captions: ['Dimension Value Code', 'Dimension Value'] },
  ],
};

/** Every spec as CSV files see it. */
export const CSV_SPECS: readonly TableSpec[] = ALL_SPECS.map((s) =>
  s === TABLE_SPECS.dimensions ? DIMENSION_VALUES_CSV : s,
);

/** Fields that are CSV columns (a dimension set becomes `dim:CODE` columns instead). */
export function csvFields(spec: TableSpec): FieldSpec[] {
  return spec.fields.filter((f) => f.kind !== 'dimensions');
}

export function hasDimensionColumns(spec: TableSpec): boolean {
  return spec.fields.some((f) => f.kind === 'dimensions');
}

const headerMaps = new WeakMap<TableSpec, Map<string, string>>();

/** Lower-cased camelCase name or BC caption → field name. */
export function headerMap(spec: TableSpec): Map<string, string> {
  let map = headerMaps.get(spec);
  if (!map) {
    map = new Map();
    for (const f of csvFields(spec)) {
      map.set(f.name.toLowerCase(), f.name);
      for (const c of f.captions) if (!map.has(c.toLowerCase())) map.set(c.toLowerCase(), f.name);
    }
    headerMaps.set(spec, map);
  }
  return map;
}

/** `Value Entries.CSV`, `valueEntries.csv`, `exports/value_entries.csv` → `value-entries`. */
export function tableFileKey(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base
    .replace(/\.csv$/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

export function specForFile(fileName: string): TableSpec | undefined {
  const key = tableFileKey(fileName);
  return CSV_SPECS.find((s) => s.file === key);
}
