// decimal.js configured for money: enough precision, half away from zero (3.335 → 3.34).
import DecimalJs from 'decimal.js';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

const DECIMAL_RE = /^[+-]?(\d+)(\.\d+)?$/;

/** Strict parse of a canonical decimal string ("-12.50"); null when it is not one. */
export function parseDecimal(text: string): Decimal | null {
  const s = text.trim();
  if (!DECIMAL_RE.test(s)) return null;
  return new Decimal(s);
}

/** Parsed model strings (amounts and quantities repeat a lot); Decimals are immutable, so shared. */
const parsed = new Map<string, Decimal>();
const PARSED_MAX = 50_000;

/** Decimal from a string known to be valid (model data); throws on a bug. */
export function dec(value: string | Decimal): Decimal {
  if (typeof value !== 'string') return value;
  const hit = parsed.get(value);
  if (hit) return hit;
  const d = parseDecimal(value === '' ? '0' : value);
  if (!d) throw new Error(`not a decimal: ${JSON.stringify(value)}`);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(value, d);
  return d;
}

/** Number of decimals a rounding precision allows ("0.01" → 2, "1" → 0). */
export function scaleOf(precision: string): number {
  return dec(precision).decimalPlaces();
}

/** Rounds to a multiple of the precision, half away from zero. */
export function roundTo(value: Decimal, precision: string): Decimal {
  const p = dec(precision);
  if (p.isZero()) return value;
  return value.div(p).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(p);
}

/** An amount with exactly the precision's decimals ("80" at 0.01 → "80.00"). */
export function formatAmount(value: Decimal | string, precision: string): string {
  return normaliseNegativeZero(dec(value).toFixed(scaleOf(precision))); // allow-number: Decimal#toFixed is exact
}

function normaliseNegativeZero(s: string): string {
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/** A quantity or free decimal without trailing zeros ("10.500" → "10.5", "-0" → "0"). */
export function formatPlain(value: Decimal | string): string {
  const d = dec(value);
  if (d.isZero()) return '0';
  let s = d.toFixed(); // allow-number: Decimal#toFixed is exact
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

/** Decimal equality of two strings ("80" equals "80.00"). */
export function decimalEquals(a: string, b: string): boolean {
  return dec(a).eq(dec(b));
}

export function isZero(value: string): boolean {
  return dec(value).isZero();
}

export function sumDecimals(values: Iterable<string | Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(dec(v));
  return total;
}
