// Field value ⇄ typed-array cell: decimals as exact integer minor units (no float parsing),
// dates as day numbers, dimension sets as canonical text. Values a cell cannot hold exactly
// are reported as null so the chunk keeps them as exceptions.
import { dayIndex, isoFromDayIndex } from '../core/dates';
import { fromMinorUnits, parseMinorUnits } from '../core/money';
import type { DimensionSet } from '../core/model';

export const QUANTITY_SCALE = 5;
/** Int32 cell for a blank date (defaults leave a date "" before validation). */
export const BLANK_DATE = -2147483648;

export function encodeDecimal(text: string, scale: number): number | null {
  return parseMinorUnits(text === '' ? '0' : text, scale);
}

/** Fixed decimals: the canonical form of an amount ("80.00"). */
export function decodeAmount(value: number, scale: number): string {
  return fromMinorUnits(value, scale);
}

/** No trailing zeros: the canonical form of a quantity or unit amount ("10.5"). */
export function decodePlain(value: number, scale: number): string {
  const s = fromMinorUnits(value, scale);
  if (scale === 0) return s;
  const trimmed = s.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

export function encodeDate(text: string): number | null {
  if (text === '') return BLANK_DATE;
  return dayIndex(text);
}

export function decodeDate(value: number): string {
  return value === BLANK_DATE ? '' : isoFromDayIndex(value);
}

/** Canonical text of a dimension set: codes sorted, so equal sets share one dictionary entry. */
export function dimensionSetText(set: DimensionSet): string {
  const keys = Object.keys(set);
  if (keys.length === 0) return '';
  keys.sort();
  return JSON.stringify(keys.map((k) => [k, set[k]]));
}

export function parseDimensionSetText(text: string): DimensionSet {
  const set: DimensionSet = {};
  if (text === '') return set;
  for (const [k, v] of JSON.parse(text) as [string, string][]) set[k] = v;
  return set;
}
