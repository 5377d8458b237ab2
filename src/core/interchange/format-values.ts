// Canonical text of field values, shared by the JSON and CSV writers: amounts with exactly the
// precision's decimals, other decimals without trailing zeros. String-based: no float, no Decimal.
import { formatAmount, fromMinorUnits, parseMinorUnits } from '../money';
import type { FieldKind } from './schema-types';

export interface WriteContext {
  /** Decimals of the amount rounding precision ("0.01" → 2). */
  amountScale: number;
}

/** Canonical decimals: no sign on zero, no leading zeros, no trailing zeros (read from storage, most are). */
const CANONICAL_PLAIN = /^(?:0|-?[1-9]\d*)(?:\.\d*[1-9])?$|^-0\.\d*[1-9]$/;
/** Amounts already canonical at a scale (up to 15 digits, so exact in minor units), by scale. */
const canonicalAmounts = new Map<number, RegExp>();

function canonicalAmountPattern(scale: number): RegExp {
  let re = canonicalAmounts.get(scale);
  if (!re) {
    const int = '(?:0|[1-9]\\d{0,14})';
    const frac = scale === 0 ? '' : `\\.\\d{${scale}}`;
    re = new RegExp(`^-?${int}${frac}$`);
    canonicalAmounts.set(scale, re);
  }
  return re;
}

/** "80" at scale 2 → "80.00"; "-0" → "0.00". */
export function canonicalAmount(text: string, ctx: WriteContext): string {
  // Already canonical (what storage gives back): kept, unless a zero with a sign or beyond 15 digits.
  if (text.length <= 16 && canonicalAmountPattern(ctx.amountScale).test(text) && !/^-[0.]*$/.test(text)) return text;
  const minor = parseMinorUnits(text === '' ? '0' : text, ctx.amountScale);
  if (minor !== null) return fromMinorUnits(minor, ctx.amountScale);
  // Beyond the minor-unit range (not reachable after import checks): decimal.js.
  return formatAmount(text, ctx.amountScale === 0 ? '1' : `0.${'1'.padStart(ctx.amountScale, '0')}`);
}

/** "007.500" → "7.5", "-0.0" → "0", "+3" → "3". */
export function canonicalPlain(text: string): string {
  if (CANONICAL_PLAIN.test(text)) return text;
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
