// The lines of one CSV table: a header (fields, then a `dim:CODE` column per dimension code) and one line
// per record, each ending in CRLF. Whole-table and page-at-a-time writers share these, so their bytes agree.
import { csvFields, hasDimensionColumns } from './csv-schema';
import { canonicalValue, type WriteContext } from './format-values';
import type { FieldKind, FieldSpec, TableSpec } from './schema-types';

const TEXT_KINDS = new Set<FieldKind>(['text', 'code', 'option', 'date', 'dateOrNull']);

export interface CsvLayout {
  fields: FieldSpec[];
  /** Dimension codes of the table's records, sorted (empty for tables without dimensions). */
  dimCodes: string[];
}

/** The layout of a table whose records hold these dimension sets (any order, repeats allowed). */
export function csvLayout(spec: TableSpec, dimensionSets: Iterable<unknown>): CsvLayout {
  return { fields: csvFields(spec), dimCodes: hasDimensionColumns(spec) ? dimensionCodes(dimensionSets) : [] };
}

export function csvHeaderLine(layout: CsvLayout): string {
  return `${[...layout.fields.map((f) => f.name), ...layout.dimCodes.map((c) => `dim:${c}`)].map(quote).join(',')}\r\n`;
}

/** The lines of these records, in the order given. */
export function csvRecordLines(layout: CsvLayout, records: readonly object[], ctx: WriteContext): string {
  let out = '';
  for (const rec of records) {
    const r = rec as Record<string, unknown>;
    const cells = layout.fields.map((f) => cell(f.kind, r[f.name], ctx));
    const dims = (r.dimensions ?? {}) as Record<string, string>;
    for (const code of layout.dimCodes) cells.push(textCell(dims[code] ?? ''));
    out += `${cells.join(',')}\r\n`;
  }
  return out;
}

function dimensionCodes(sets: Iterable<unknown>): string[] {
  const codes = new Set<string>();
  for (const set of sets) for (const c of Object.keys(set ?? {})) codes.add(c);
  return [...codes].sort();
}

function cell(kind: FieldKind, value: unknown, ctx: WriteContext): string {
  const v = canonicalValue(kind, value, ctx) as string | number | boolean | null | undefined;
  if (v === null || v === undefined) return '';
  if (TEXT_KINDS.has(kind)) return textCell(String(v));
  return quote(String(v));
}

/** A text cell; one starting with = + - @ gets a leading ' so a spreadsheet does not run it as a formula. */
export function textCell(text: string): string {
  return quote(/^[=+\-@]/.test(text) ? `'${text}` : text);
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
