// Comparison rules of scenario-format.md: lists in order with equal length, objects by the given
// fields only, amounts as decimals ("80" = "80.00"), dimension sets as whole objects.
import { parseDecimal } from '../money';
import { isPlainObject } from '../setup';

/** Collects mismatches as "path: expected X, got Y" lines. */
export class MismatchLog {
  readonly lines: string[] = [];

  differ(path: string, expected: unknown, actual: unknown): void {
    this.lines.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
  }

  note(path: string, text: string): void {
    this.lines.push(path === '' ? text : `${path}: ${text}`);
  }
}

/** A value as it reads in a message: strings bare, missing as "(none)", the rest as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}

/** Fields that hold amounts or quantities: compared as decimals. */
export const AMOUNT_FIELDS: ReadonlySet<string> = new Set([
  'amount',
  'quantity',
  'invoicedQuantity',
  'remainingQuantity',
  'itemLedgerEntryQuantity',
  'costPerUnit',
  'costAmountActual',
  'costAmountExpected',
  'costPostedToGL',
  'expectedCostPostedToGL',
  'salesAmountActual',
  'value',
  'valueExpected',
]);

/** Decimal equality when both sides are decimal strings; exact equality otherwise. */
export function amountsEqual(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') {
    const a = parseDecimal(expected);
    const b = parseDecimal(actual);
    if (a && b) return a.eq(b);
  }
  return expected === actual;
}

export function compareAmount(log: MismatchLog, path: string, expected: unknown, actual: unknown): void {
  if (!amountsEqual(expected, actual)) log.differ(path, expected, actual);
}

function canonicalDimensions(value: unknown): string | null {
  if (!isPlainObject(value)) return null;
  return JSON.stringify(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Dimension sets are equal when they hold the same codes with the same values (order free). */
export function compareDimensions(log: MismatchLog, path: string, expected: unknown, actual: unknown): void {
  const a = canonicalDimensions(expected);
  if (a === null || a !== canonicalDimensions(actual ?? {})) log.differ(path, expected, actual);
}

/** Any expected value against the actual one, by the rules above. */
export function compareValue(log: MismatchLog, path: string, field: string, expected: unknown, actual: unknown): void {
  if (field === 'dimensions') compareDimensions(log, path, expected, actual);
  else if (AMOUNT_FIELDS.has(field)) compareAmount(log, path, expected, actual);
  else if (Array.isArray(expected) && expected.every(isScalar)) compareScalarList(log, path, expected, actual);
  else if (Array.isArray(expected)) {
    compareList(log, path, expected, actual, (p, e, a) => compareValue(log, p, field, e, a));
  } else if (isPlainObject(expected)) compareFields(log, path, expected, actual);
  else if (expected !== actual) log.differ(path, expected, actual);
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** A list of codes or entry nos. reads best whole: one line when anything differs. */
function compareScalarList(log: MismatchLog, path: string, expected: readonly unknown[], actual: unknown): void {
  const same = Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => e === actual[i]);
  if (!same) log.differ(path, expected, actual);
}

/** Only the fields the expectation names are compared. */
export function compareFields(
  log: MismatchLog,
  path: string,
  expected: Record<string, unknown>,
  actual: unknown,
): void {
  if (!isPlainObject(actual)) {
    log.differ(path, expected, actual);
    return;
  }
  for (const [field, value] of Object.entries(expected)) {
    compareValue(log, `${path}.${field}`, field, value, actual[field]);
  }
}

/** Lists compare in order and must have the same length; the common part is compared item by item. */
export function compareList<E>(
  log: MismatchLog,
  path: string,
  expected: readonly E[],
  actual: unknown,
  compareItem: (path: string, expected: E, actual: unknown) => void,
): void {
  if (!Array.isArray(actual)) {
    log.note(path, `expected a list of ${expected.length}, got ${show(actual)}`);
    return;
  }
  const items: readonly unknown[] = actual;
  if (items.length !== expected.length) {
    log.note(path, `expected ${expected.length} entries, got ${items.length}`);
  }
  const common = Math.min(expected.length, items.length);
  for (let i = 0; i < common; i++) compareItem(`${path}[${i}]`, expected[i]!, items[i]);
  const template = expected[0];
  for (let i = common; i < items.length; i++)
    log.note(`${path}[${i}]`, `unexpected ${show(project(items[i], template))}`);
  for (let i = common; i < expected.length; i++) log.note(`${path}[${i}]`, `missing ${show(expected[i])}`);
}

/** Fields that identify an entry when no expected item says which fields matter. */
const IDENTIFYING = ['entryNo', 'valueEntryNo', 'valueEntryNos', 'glAccountNo', 'field', 'code', 'amount'];

/** An unexpected record shown with only the fields the expectation talks about (it can be long). */
function project(item: unknown, template: unknown): unknown {
  if (!isPlainObject(item)) return item;
  const fields = isPlainObject(template) ? Object.keys(template) : IDENTIFYING.filter((f) => f in item);
  if (fields.length === 0) return item;
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field] = item[field];
  return out;
}
