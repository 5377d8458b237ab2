// Rows ⇄ column chunks: one typed array per field (column-specs.ts). Decoding yields the model's
// canonical strings; a value a column cannot hold exactly is kept verbatim as an exception.
import type { ColumnKind, ColumnSpec } from './column-specs';
import type { ColumnArray } from './records';
import type { StringDictionary } from './string-dictionary';
import {
  QUANTITY_SCALE,
  decodeAmount,
  decodeDate,
  decodePlain,
  dimensionSetText,
  encodeDate,
  encodeDecimal,
  parseDimensionSetText,
} from './value-codecs';

export interface Scales {
  amountScale: number;
  unitAmountScale: number;
}

export interface EncodedColumns {
  columns: Record<string, ColumnArray>;
  exceptions: Record<string, [number, string][]>;
}

type Row = Record<string, unknown>;

export function allocateColumn(kind: ColumnKind, n: number): ColumnArray {
  switch (kind) {
    case 'date':
      return new Int32Array(n);
    case 'bool':
      return new Uint8Array(n);
    case 'string':
    case 'dimensions':
      return new Uint32Array(n);
    default:
      return new Float64Array(n);
  }
}

function scaleOfKind(kind: ColumnKind, scales: Scales): number {
  if (kind === 'amount' || kind === 'amountOrNull') return scales.amountScale;
  if (kind === 'unitAmount') return scales.unitAmountScale;
  return QUANTITY_SCALE;
}

/** The cell for one value, or null when the column cannot hold it exactly. */
export function encodeCell(kind: ColumnKind, value: unknown, dict: StringDictionary, scales: Scales): number | null {
  switch (kind) {
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
    case 'intOrNull':
      if (value === null || value === undefined) return NaN;
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
    case 'amountOrNull':
      if (value === null || value === undefined) return NaN;
      return typeof value === 'string' ? encodeDecimal(value, scales.amountScale) : null;
    case 'amount':
    case 'unitAmount':
    case 'quantity':
      return typeof value === 'string' ? encodeDecimal(value, scaleOfKind(kind, scales)) : null;
    case 'date':
      return typeof value === 'string' ? encodeDate(value) : null;
    case 'bool':
      return value ? 1 : 0;
    case 'string':
      return dict.code(typeof value === 'string' ? value : '');
    case 'dimensions':
      return dict.code(dimensionSetText((value ?? {}) as Record<string, string>));
  }
}

export function decodeCell(kind: ColumnKind, cell: number, dict: readonly string[], scales: Scales): unknown {
  switch (kind) {
    case 'int':
      return cell;
    case 'intOrNull':
      return Number.isNaN(cell) ? null : cell;
    case 'amount':
      return decodeAmount(cell, scales.amountScale);
    case 'amountOrNull':
      return Number.isNaN(cell) ? null : decodeAmount(cell, scales.amountScale);
    case 'unitAmount':
    case 'quantity':
      return decodePlain(cell, scaleOfKind(kind, scales));
    case 'date':
      return decodeDate(cell);
    case 'bool':
      return cell === 1;
    case 'string':
      return dict[cell] ?? '';
    case 'dimensions':
      return parseDimensionSetText(dict[cell] ?? '');
  }
}

/** Text kept for a value the column cannot hold (restored verbatim on decode). */
function exceptionText(kind: ColumnKind, value: unknown): string {
  return kind === 'int' || kind === 'intOrNull' ? JSON.stringify(value ?? null) : String(value);
}

export function exceptionValue(kind: ColumnKind, text: string): unknown {
  return kind === 'int' || kind === 'intOrNull' ? JSON.parse(text) : text;
}

export function encodeRows(
  rows: readonly Row[],
  specs: readonly ColumnSpec[],
  dict: StringDictionary,
  scales: Scales,
): EncodedColumns {
  const n = rows.length;
  const columns: Record<string, ColumnArray> = {};
  const exceptions: Record<string, [number, string][]> = {};
  for (const { field, kind } of specs) {
    const col = allocateColumn(kind, n);
    for (let i = 0; i < n; i++) {
      const value = rows[i]![field];
      const cell = encodeCell(kind, value, dict, scales);
      if (cell === null) {
        col[i] = kind === 'date' ? 0 : NaN;
        (exceptions[field] ??= []).push([i, exceptionText(kind, value)]);
      } else {
        col[i] = cell;
      }
    }
    columns[field] = col;
  }
  return { columns, exceptions };
}

export function decodeRows(
  encoded: EncodedColumns & { rowCount: number },
  specs: readonly ColumnSpec[],
  dict: readonly string[],
  scales: Scales,
): Row[] {
  const rows: Row[] = new Array<Row>(encoded.rowCount);
  for (let i = 0; i < encoded.rowCount; i++) rows[i] = {};
  for (const { field, kind } of specs) {
    const col = encoded.columns[field];
    if (!col) throw new Error(`chunk lacks column ${field}`);
    const exceptions = encoded.exceptions[field];
    if (!exceptions?.length) {
      for (let i = 0; i < encoded.rowCount; i++) rows[i]![field] = decodeCell(kind, col[i]!, dict, scales);
      continue;
    }
    // An exception row's cell is a placeholder (NaN for money), never decoded.
    const texts = new Map(exceptions);
    for (let i = 0; i < encoded.rowCount; i++) {
      const text = texts.get(i);
      rows[i]![field] = text === undefined ? decodeCell(kind, col[i]!, dict, scales) : exceptionValue(kind, text);
    }
  }
  return rows;
}
