// Checks and converts one field value by kind. Decimals are checked by scanning characters
// (no decimal.js, no float) so a million-row import stays linear and allocation-light.
import type { ProblemCode } from '../problems/codes';

export interface ValueContext {
  /** JSON values keep their types; CSV values are all strings. */
  mode: 'json' | 'csv';
  /** A `;` CSV file: a decimal comma is accepted. */
  decimalComma: boolean;
  amountScale: number;
  unitAmountScale: number;
}

export const QUANTITY_SCALE = 5;
const MAX_DIGITS = 15; // integer minor units stay below 2^53

/** Set by a failed check: what is wrong, for the caller's problem message. */
export interface ValueIssue {
  code: ProblemCode;
  reason: string;
  hint?: string;
}

export type Checked<T> = { value: T } | { issue: ValueIssue };

const issue = (code: ProblemCode, reason: string, hint?: string): { issue: ValueIssue } => ({
  issue: hint ? { code, reason, hint } : { code, reason },
});

/**
 * A decimal string with at most `scale` decimals (trailing zeros beyond it are exact, so allowed),
 * returned with a leading `+` dropped and a decimal comma made a point.
 */
export function checkDecimal(text: string, scale: number, decimalComma: boolean, what: string): Checked<string> {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 43 /* + */ || first === 45 /* - */) i = 1;
  const start = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intDigits = i - start;
  let decimals = 0;
  let significantDecimals = 0;
  let sepAt = -1;
  if (i < n) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ || (decimalComma && c === 44) /* , */) {
      sepAt = i;
      i++;
      const decStart = i;
      while (i < n && isDigit(text.charCodeAt(i))) {
        decimals++;
        if (text.charCodeAt(i) !== 48) significantDecimals = i - decStart + 1;
        i++;
      }
    }
  }
  if (intDigits === 0 || i !== n || (sepAt >= 0 && decimals === 0)) {
    const hint = decimalComma
      ? 'write a plain decimal such as -1234,50 or -1234.50, without thousands separators'
      : 'write a plain decimal such as -1234.50, without thousands separators';
    return issue(what === 'quantity' ? 'quantity-invalid' : 'amount-invalid', `is not ${article(what)} ${what}`, hint);
  }
  if (significantDecimals > scale) {
    return issue('amount-too-precise', `has more than ${scale} decimals`, 'amounts are never rounded on import');
  }
  let significantInt = intDigits;
  for (let k = start; significantInt > 0 && text.charCodeAt(k) === 48; k++) significantInt--;
  if (significantInt + scale > MAX_DIGITS) {
    return issue(
      what === 'quantity' ? 'quantity-invalid' : 'amount-invalid',
      `is too large for ${article(what)} ${what}`,
    );
  }
  let out = first === 43 ? text.slice(1) : text;
  if (sepAt >= 0 && text.charCodeAt(sepAt) === 44) out = out.replace(',', '.');
  return { value: out };
}

function article(what: string): string {
  return /^[aeiou]/.test(what) ? 'an' : 'a';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function checkDate(text: string): Checked<string> {
  const m = DATE_RE.exec(text);
  if (m) {
    const year = Number(m[1]); // allow-number: calendar arithmetic, not money
    const month = Number(m[2]); // allow-number
    const day = Number(m[3]); // allow-number
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const max = month === 2 && !leap ? 28 : DAYS[month - 1];
    if (month >= 1 && month <= 12 && max !== undefined && day >= 1 && day <= max && year >= 1) return { value: text };
  }
  const hint = /^C\d/.test(text)
    ? 'write a closing date as the date with closingDate true'
    : 'write an ISO calendar date such as 2026-01-31';
  return issue('date-invalid', 'is not a date', hint);
}

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

export function checkBooleanText(text: string): Checked<boolean> {
  const t = text.toLowerCase();
  if (TRUE_WORDS.has(t)) return { value: true };
  if (FALSE_WORDS.has(t)) return { value: false };
  return issue('boolean-invalid', 'is not a boolean', 'write true/false, yes/no or 1/0');
}

export function checkCode(text: string, maxLength: number): Checked<string> {
  const code = text.trim().toUpperCase();
  if (code.length > maxLength) return issue('code-too-long', `is longer than ${maxLength} characters`);
  return { value: code };
}

const DIGITS_RE = /^\d+$/;

/** Entry numbers are counters, not money: a safe integer at least `min`. */
export function checkEntryNo(raw: unknown, mode: 'json' | 'csv', min: number): Checked<number> {
  let n: number | null = null;
  if (mode === 'json' && typeof raw === 'number' && Number.isSafeInteger(raw)) n = raw;
  if (mode === 'csv' && typeof raw === 'string' && DIGITS_RE.test(raw.trim()) && raw.trim().length <= 15) {
    n = Number(raw.trim()); // allow-number: an entry no., not money
  }
  if (n === null || n < min) {
    return issue('entry-no-invalid', `is not an entry no. (a whole number ≥ ${min})`);
  }
  return { value: n };
}

/** The number of decimals a rounding precision allows ("0.01" → 2); null when not a precision. */
export function precisionScale(text: string): number | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || !/[1-9]/.test(text)) return null;
  const decimals = (m[2] ?? '').replace(/0+$/, '').length;
  return decimals <= 10 ? decimals : null;
}

/** Undoes the spreadsheet neutralisation of export: `'=x` → `=x`. */
export function unneutralise(text: string): string {
  if (text.length > 1 && text.charCodeAt(0) === 39 /* ' */ && '=+-@'.includes(text.charAt(1))) return text.slice(1);
  return text;
}
