// Canonical text of field values, shared by the JSON and CSV writers: amounts with exactly the
// precision's decimals, other decimals without trailing zeros. String-based: no float, no Decimal.
import { formatAmount, fromMinorUnits, parseMinorUnits } from '../money';
import type { FieldKind } from './schema-types';

export interface WriteContext {
  /** Decimals of the amount rounding precision ("0.01" → 2). */
  amountScale: number;
}

/** "80" at scale 2 → "80.00"; "-0" → "0.00". */
export function canonicalAmount(text: string, ctx: WriteContext): string {
  const minor = parseMinorUnits(text === '' ? '0' : text, ctx.amountScale);
  if (minor !== null) return fromMinorUnits(minor, ctx.amountScale);
  // Beyond the minor-unit range (not reachable after import checks): decimal.js.
  return formatAmount(text, ctx.amountScale === 0 ? '1' : `0.${'1'.padStart(ctx.amountScale, '0')}`);
}

/** "007.500" → "7.5", "-0.0" → "0", "+3" → "3". */
export function canonicalPlain(text: string): string {
  let s = text === '' ? '0' : text;
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? '-' : '';
    s = s.slice(1);
  }
  let [int = '0', frac = ''] = s.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const out = frac ? `${int}.${frac}` : int;
  return out === '0' ? '0' : sign + out;
}

/** The canonical JSON value of a field (strings for decimals, numbers for entry nos.). */
export function canonicalValue(kind: FieldKind, value: unknown, ctx: WriteContext): unknown {
  switch (kind) {
    case 'amount':
      return canonicalAmount(value as string, ctx);
    case 'amountOrNull':
      return value === null || value === undefined ? null : canonicalAmount(value as string, ctx);
    case 'unitAmount':
    case 'quantity':
    case 'precision':
      return canonicalPlain(value as string);
    case 'dimensions': {
      const set = value as Record<string, string>;
      const out: Record<string, string> = {};
      for (const k of Object.keys(set).sort()) out[k] = set[k]!;
      return out;
    }
    case 'codeList':
      return [...(value as string[])].sort();
    default:
      return value ?? null;
  }
}
