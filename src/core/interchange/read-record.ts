// Reads one raw record (parsed JSON object or CSV row) against its table spec: converts every
// field, reports each bad one with its place and value, and keeps unknown fields aside.
import type { ProblemCollector } from './collector';
import { canonicalAmount, canonicalPlain } from './format-values';
import { reportField, type RecordLocator } from './record-locator';
import { fieldNames } from './schema';
import type { FieldSpec, TableSpec } from './schema-types';
import {
  checkBooleanText,
  checkCode,
  checkDate,
  checkDecimal,
  checkEntryNo,
  precisionScale,
  QUANTITY_SCALE,
  unneutralise,
  type Checked,
  type ValueContext,
} from './values';

export interface RecordReader {
  ctx: ValueContext;
  strict: boolean;
  collector: ProblemCollector;
  locator: RecordLocator;
}

export interface ReadRecord {
  record: Record<string, unknown>;
  /** Fields the spec does not know (JSON only), kept so an export of the same file does not drop them. */
  extra?: Record<string, unknown>;
}

const DEFAULT_CODE_LENGTH = 20;

/** Converts the fields present in `raw`; the caller fills the rest with BC's defaults. */
export function readRecord(
  spec: TableSpec,
  raw: Record<string, unknown>,
  index: number,
  reader: RecordReader,
  checkUnknown = reader.ctx.mode === 'json',
): ReadRecord {
  const record: Record<string, unknown> = {};
  const at = { table: spec.name, index, record: { entryNo: entryNoOf(raw.entryNo) } };
  for (const field of spec.fields) {
    const value = raw[field.name];
    if (value === undefined || value === null || (value === '' && field.kind !== 'text')) {
      if (field.required && !(field.allowBlank && value === '')) {
        reportField(reader.collector, reader.locator, at, field.name, value, {
          code: 'field-required',
          reason: 'is required',
        });
      }
      continue;
    }
    const checked = convert(field, value, reader.ctx);
    if ('issue' in checked) reportField(reader.collector, reader.locator, at, field.name, value, checked.issue);
    else record[field.name] = checked.value;
  }
  if (!checkUnknown) return { record };
  const extra = unknownFields(spec, raw, at, reader);
  return extra ? { record, extra } : { record };
}

/**
 * The full record: BC's defaults for what was left out, with default zero amounts written at the
 * precision too ("0.00"), so a record reads the same from JSON and from CSV.
 */
export function completeRecord(
  spec: TableSpec,
  partial: Record<string, unknown>,
  factory: (r: Record<string, unknown>) => unknown,
  ctx: ValueContext,
): Record<string, unknown> {
  const record = factory(partial) as Record<string, unknown>;
  for (const f of spec.fields) {
    if (f.kind === 'amount' && record[f.name] === '0') record[f.name] = canonicalAmount('0', ctx);
  }
  return record;
}

function entryNoOf(raw: unknown): number | undefined {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return raw;
  if (typeof raw === 'string' && /^\d{1,15}$/.test(raw.trim())) return Number(raw.trim()); // allow-number: entry no.
  return undefined;
}

function unknownFields(
  spec: TableSpec,
  raw: Record<string, unknown>,
  at: Parameters<typeof reportField>[2],
  reader: RecordReader,
): Record<string, unknown> | undefined {
  let extra: Record<string, unknown> | undefined;
  const known = fieldNames(spec);
  for (const name of Object.keys(raw)) {
    if (known.has(name)) continue;
    (extra ??= {})[name] = raw[name];
    reportField(reader.collector, reader.locator, at, name, raw[name], {
      code: 'field-unknown',
      reason: `is not a field of ${spec.name}`,
      hint: reader.strict ? 'remove the field or import without strict mode' : 'kept as is and written back on export',
      severity: reader.strict ? 'error' : 'warning',
    });
  }
  return extra;
}

function convert(field: FieldSpec, value: unknown, ctx: ValueContext): Checked<unknown> {
  const csv = ctx.mode === 'csv';
  switch (field.kind) {
    case 'entryNo':
      return checkEntryNo(value, ctx.mode, 1);
    case 'entryRef':
      return checkEntryNo(value, ctx.mode, 0);
    case 'entryRefOrNull':
      return checkEntryNo(value, ctx.mode, 1);
    case 'text':
      if (typeof value !== 'string') return notA('text');
      return { value: csv ? unneutralise(value) : value };
    case 'code':
      if (typeof value !== 'string') return notA('code (text)');
      return checkCode(csv ? unneutralise(value) : value, field.maxLength ?? DEFAULT_CODE_LENGTH);
    case 'amount':
    case 'amountOrNull': {
      // Stored canonical ("80" → "80.00"), so JSON and CSV imports of the same data are equal.
      const checked = decimal(value, ctx.amountScale, ctx, 'amount');
      if ('issue' in checked) return checked;
      return { value: canonicalAmount(checked.value, { amountScale: ctx.amountScale }) };
    }
    case 'unitAmount':
      return plain(decimal(value, ctx.unitAmountScale, ctx, 'amount'));
    case 'quantity':
      return plain(decimal(value, QUANTITY_SCALE, ctx, 'quantity'));
    case 'precision': {
      const text = typeof value === 'string' ? value.trim().replace(',', '.') : '';
      if (precisionScale(text) === null) {
        return {
          issue: {
            code: 'value-invalid',
            reason: 'is not a rounding precision',
            hint: 'write e.g. 0.01, 0.00001 or 1',
          },
        };
      }
      return { value: text };
    }
    case 'date':
    case 'dateOrNull':
      if (typeof value !== 'string') return { issue: { code: 'date-invalid', reason: 'is not a date' } };
      return checkDate(csv ? value.trim() : value);
    case 'boolean':
      if (typeof value === 'boolean') return { value };
      if (csv && typeof value === 'string') return checkBooleanText(value.trim());
      return { issue: { code: 'boolean-invalid', reason: 'is not a boolean', hint: 'write true or false' } };
    case 'option': {
      const text = typeof value === 'string' ? (csv ? value.trim() : value) : null;
      if (text !== null && field.options?.includes(text)) return { value: text };
      const allowed = (field.options ?? []).map((o) => `"${o}"`).join(', ');
      return { issue: { code: 'option-invalid', reason: 'is not an option value', hint: `use one of ${allowed}` } };
    }
    case 'dimensions':
      return dimensionSet(value);
    case 'codeList':
      return codeList(value);
  }
}

function plain(checked: Checked<string>): Checked<string> {
  return 'issue' in checked ? checked : { value: canonicalPlain(checked.value) };
}

function notA(what: string): Checked<never> {
  return { issue: { code: 'value-invalid', reason: `is not ${what}` } };
}

function decimal(value: unknown, scale: number, ctx: ValueContext, what: string): Checked<string> {
  if (typeof value === 'string')
    return checkDecimal(ctx.mode === 'csv' ? value.trim() : value, scale, ctx.decimalComma, what);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { value: String(value) };
  const code = what === 'quantity' ? 'quantity-invalid' : 'amount-invalid';
  return {
    issue: {
      code,
      reason: `is not ${what === 'quantity' ? 'a' : 'an'} ${what}`,
      hint: 'write decimals as strings, e.g. "12.50"',
    },
  };
}

function dimensionSet(value: unknown): Checked<Record<string, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notA('a dimension set');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') return notA('a dimension set (code → value code)');
    const code = checkCode(k, DEFAULT_CODE_LENGTH);
    const val = checkCode(v, DEFAULT_CODE_LENGTH);
    if ('issue' in code) return code;
    if ('issue' in val) return val;
    if (val.value !== '') out[code.value] = val.value;
  }
  return { value: out };
}

function codeList(value: unknown): Checked<string[]> {
  if (!Array.isArray(value)) return notA('a list of codes');
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== 'string') return notA('a list of codes');
    const c = checkCode(v, DEFAULT_CODE_LENGTH);
    if ('issue' in c) return c;
    out.push(c.value);
  }
  return { value: out };
}
