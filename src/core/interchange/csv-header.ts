// Maps a CSV header to fields (camelCase names or BC captions, case-insensitive), `dim:CODE`
// columns to dimensions, and picks the delimiter; also recognises a table from its header.
import { csvFields, CSV_SPECS, hasDimensionColumns, headerMap } from './csv-schema';
import type { TableSpec } from './schema-types';

export type Column =
  | { kind: 'field'; field: string; header: string }
  | { kind: 'dimension'; code: string; header: string }
  | { kind: 'ignored'; header: string };

export interface HeaderMapping {
  columns: Column[];
  matched: number;
  /** Required fields with no column. */
  missing: string[];
  /** Headers naming a field already named by an earlier column. */
  duplicates: string[];
}

const DIM_RE = /^dim:(.+)$/i;

export function mapHeader(spec: TableSpec, header: readonly string[]): HeaderMapping {
  const map = headerMap(spec);
  const dims = hasDimensionColumns(spec);
  const seen = new Set<string>();
  const duplicates: string[] = [];
  let matched = 0;
  const columns: Column[] = header.map((raw) => {
    const h = raw.trim();
    const dim = dims ? DIM_RE.exec(h) : null;
    if (dim) {
      matched++;
      return { kind: 'dimension', code: dim[1]!.trim().toUpperCase(), header: h };
    }
    const field = map.get(h.toLowerCase());
    if (!field) return { kind: 'ignored', header: h };
    if (seen.has(field)) {
      duplicates.push(h);
      return { kind: 'ignored', header: h };
    }
    seen.add(field);
    matched++;
    return { kind: 'field', field, header: h };
  });
  const missing = csvFields(spec)
    .filter((f) => f.required && !seen.has(f.name))
    .map((f) => f.name);
  return { columns, matched, missing, duplicates };
}

/** The tables whose required columns are all present, best match first; ties mean ambiguity. */
export function recogniseTable(header: readonly string[]): TableSpec[] {
  let best: TableSpec[] = [];
  let bestScore = 0;
  for (const spec of CSV_SPECS) {
    const m = mapHeader(spec, header);
    if (m.missing.length > 0 || m.matched === 0) continue;
    if (m.matched > bestScore) {
      best = [spec];
      bestScore = m.matched;
    } else if (m.matched === bestScore) best.push(spec);
  }
  return best;
}

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
