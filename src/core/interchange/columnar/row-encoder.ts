// The fast lane of a columnar CSV import: a row whose every cell is in its plain valid form is
// encoded straight to cells (minor units, day numbers, dictionary codes) with no record object.
// Any other row is refused and takes the record path, which reports its problems — so this lane
// accepts only what that path accepts, and encodes it exactly as the sink would encode the record.
import { dayIndex } from '../../dates';
import type { DimensionSet } from '../../model';
import type { Column } from '../csv-header';
import { DEFAULT_RECORD } from '../defaults-by-table';
import type { FieldSpec, TableSpec } from '../schema-types';
import { checkBooleanText, checkCode, checkDate, QUANTITY_SCALE, unneutralise, type ValueContext } from '../values';
import type { EncodedLedgerSink, SinkScales, SinkTableName } from './ledger-sink';

const ENTRY = 0;
const DECIMAL = 1;
const DATE = 2;
const BOOL = 3;
const OPTION = 4;
const CODE = 5;
const TEXT = 6;
const DIMENSIONS = 7;

/** Fields whose default is another field's value (model/defaults.ts: valuation date = posting date). */
const DERIVED_DEFAULTS: Partial<Record<SinkTableName, Record<string, string>>> = {
  valueEntries: { valuationDate: 'postingDate' },
};

const DEFAULT_CODE_LENGTH = 20;
const MAX_DIGITS = 15;
/** Distinct texts a code column's cache keeps before it stops caching. */
const CODE_CACHE_LIMIT = 65_536;
const POWERS = Array.from({ length: 16 }, (_, i) => 10 ** i);

interface FieldPlan {
  kind: number;
  /** The cell's column in the row, -1 when the file has no such column. */
  column: number;
  /** A blank cell is refused (a required field: the record path reports it). */
  blankRefused: boolean;
  /** Cell of the default (for a blank cell or a missing column); coded strings coded on first use. */
  defaultCell: number;
  defaultText: string | null;
  /** Index of the field whose cell is the default (DERIVED_DEFAULTS), else -1. */
  defaultFrom: number;
  /** ENTRY: the least entry no.; DECIMAL: the scale. */
  min: number;
  scale: number;
  maxLength: number;
  options: ReadonlySet<string> | null;
  /** Cell text → cell for options, dates, codes and text (codes: while the distinct texts are few). */
  cache: Map<string, number> | null;
  lastText: string | null;
  lastCell: number;
}

interface DimensionColumn {
  code: string;
  column: number;
}

/** Encodes the rows of one CSV file of a ledger table; `encode` returns false for a row it refuses. */
export class RowEncoder {
  /** The last row's cells, in the sink's field order (reused). */
  readonly cells: Float64Array;
  private readonly derived: number[] = [];
  private blankDimensionSet = -1;
  /** Value entries: a capacity entry (item ledger entry no. 0) or a blank type goes the record path (record-rules.ts). */
  private readonly ileNoAt: number;
  private readonly ileTypeColumn: number;

  private constructor(
    private readonly table: SinkTableName,
    private readonly plans: FieldPlan[],
    private readonly dimensions: DimensionColumn[],
    private readonly sink: EncodedLedgerSink,
    private readonly decimalComma: boolean,
    fields: readonly string[],
    columnOf: Map<string, number>,
  ) {
    this.cells = new Float64Array(plans.length);
    plans.forEach((p, i) => {
      if (p.defaultFrom >= 0) this.derived.push(i);
    });
    this.ileNoAt = table === 'valueEntries' ? fields.indexOf('itemLedgerEntryNo') : -1;
    this.ileTypeColumn = table === 'valueEntries' ? (columnOf.get('itemLedgerEntryType') ?? -1) : -1;
  }

  /** An encoder for a file with these columns, or null when its rows must all take the record path. */
  static forFile(
    spec: TableSpec,
    table: SinkTableName,
    columns: readonly Column[],
    sink: EncodedLedgerSink,
    ctx: ValueContext,
  ): RowEncoder | null {
    const columnOf = new Map<string, number>();
    const dimensions: DimensionColumn[] = [];
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      if (c.kind === 'field') columnOf.set(c.field, i);
      else if (c.kind === 'dimension') {
        // Two columns of one dimension (the later wins) or an over-long code: the record path knows.
        if (dimensions.some((d) => d.code === c.code) || c.code.length > DEFAULT_CODE_LENGTH) return null;
        dimensions.push({ code: c.code, column: i });
      }
    }
    const fields = sink.encodedFields(table);
    const specOf = new Map(spec.fields.map((f) => [f.name, f]));
    const defaults = DEFAULT_RECORD[table]({}) as Record<string, unknown>;
    const derived = DERIVED_DEFAULTS[table] ?? {};
    const plans: FieldPlan[] = [];
    for (const name of fields) {
      const field = specOf.get(name);
      if (!field) return null;
      const from = derived[name];
      const plan = planField(field, columnOf.get(name) ?? -1, defaults[name], ctx);
      if (!plan) return null;
      if (from !== undefined) {
        plan.defaultFrom = fields.indexOf(from);
        if (plan.defaultFrom < 0) return null;
        plan.blankRefused = field.required === true && field.allowBlank !== true;
      }
      plans.push(plan);
    }
    if (specOf.size !== fields.length) return null;
    return new RowEncoder(table, plans, dimensions, sink, ctx.decimalComma, fields, columnOf);
  }

  /** Encodes `row` into `cells`; false when a cell is not in its plain valid form. */
  encode(row: readonly string[]): boolean {
    const cells = this.cells;
    const plans = this.plans;
    for (let i = 0; i < plans.length; i++) {
      const p = plans[i]!;
      if (p.kind === DIMENSIONS) {
        const set = this.dimensions.length === 0 ? this.blankSet() : this.dimensionSetCell(row);
        if (Number.isNaN(set)) return false;
        cells[i] = set;
        continue;
      }
      const text = p.column >= 0 ? row[p.column]! : null;
      let cell: number;
      if (text === null || (text === '' && p.kind !== TEXT)) {
        // Left out: BC's default, as the record path fills it in.
        if (p.blankRefused) return false;
        if (p.defaultFrom >= 0) continue; // filled below, once its source is encoded
        cell = p.defaultText === null ? p.defaultCell : this.codedDefault(p);
      } else if (text === p.lastText) {
        cell = p.lastCell;
      } else {
        cell = this.cell(p, text);
        if (Number.isNaN(cell)) return false;
        p.lastText = text;
        p.lastCell = cell;
      }
      cells[i] = cell;
    }
    for (const i of this.derived) {
      const p = plans[i]!;
      if (p.column < 0 || row[p.column] === '') cells[i] = cells[p.defaultFrom]!;
    }
    if (this.ileNoAt >= 0) {
      if (cells[this.ileNoAt] === 0) return false;
      if (this.ileTypeColumn < 0 || row[this.ileTypeColumn] === '') return false;
    }
    return true;
  }

  add(scales: SinkScales): void {
    this.sink.addEncoded(this.table, this.cells, scales);
  }

  private codedDefault(p: FieldPlan): number {
    p.defaultCell = p.kind === DIMENSIONS ? this.sink.codeDimensionSet({}) : this.sink.code(p.defaultText!);
    p.defaultText = null;
    return p.defaultCell;
  }

  /** The cell of a non-blank text, NaN when refused. */
  private cell(p: FieldPlan, text: string): number {
    switch (p.kind) {
      case ENTRY:
        return entryNo(text, p.min);
      case DECIMAL:
        return minorUnits(text, p.scale, this.decimalComma);
      case DATE: {
        let cell = p.cache!.get(text);
        if (cell === undefined && !Number.isNaN((cell = dateCell(text)))) p.cache!.set(text, cell);
        return cell;
      }
      case BOOL:
        if (text === 'true') return 1;
        if (text === 'false') return 0;
        return booleanCell(text);
      case OPTION: {
        let cell = p.cache!.get(text);
        if (cell === undefined) {
          const trimmed = text.trim();
          if (!p.options!.has(trimmed)) return NaN;
          p.cache!.set(text, (cell = this.sink.code(trimmed)));
        }
        return cell;
      }
      default:
        return this.codedText(p, text);
    }
  }

  /** A code's or text's dictionary code, through the column's cache while its distinct texts are few. */
  private codedText(p: FieldPlan, text: string): number {
    const cache = p.cache;
    const hit = cache?.get(text);
    if (hit !== undefined) return hit;
    let cell: number;
    if (p.kind === CODE) {
      const checked = checkCode(unneutralise(text), p.maxLength);
      if ('issue' in checked) return NaN;
      cell = this.sink.code(checked.value);
    } else cell = this.sink.code(unneutralise(text));
    if (cache) {
      // A column of (nearly) unique texts such as document nos. gains nothing from a cache.
      if (cache.size < CODE_CACHE_LIMIT) cache.set(text, cell);
      else p.cache = null;
    }
    return cell;
  }

  private dimensionSetCell(row: readonly string[]): number {
    let set: DimensionSet | null = null;
    for (const d of this.dimensions) {
      const cell = row[d.column]!;
      if (cell.trim() === '') continue;
      const value = checkCode(cell, DEFAULT_CODE_LENGTH);
      if ('issue' in value) return NaN;
      (set ??= {})[d.code] = value.value;
    }
    return set === null ? this.blankSet() : this.sink.codeDimensionSet(set);
  }

  private blankSet(): number {
    if (this.blankDimensionSet >= 0) return this.blankDimensionSet;
    return (this.blankDimensionSet = this.sink.codeDimensionSet({}));
  }
}

function planField(field: FieldSpec, column: number, dflt: unknown, ctx: ValueContext): FieldPlan | null {
  const plan: FieldPlan = {
    kind: ENTRY,
    column,
    blankRefused: field.required === true && field.allowBlank !== true,
    defaultCell: NaN,
    defaultText: null,
    defaultFrom: -1,
    min: 1,
    scale: 0,
    maxLength: field.maxLength ?? DEFAULT_CODE_LENGTH,
    options: null,
    cache: null,
    lastText: null,
    lastCell: 0,
  };
  switch (field.kind) {
    case 'entryNo':
    case 'entryRef':
    case 'entryRefOrNull':
      plan.min = field.kind === 'entryRef' ? 0 : 1;
      plan.defaultCell = dflt === null ? NaN : (dflt as number);
      return plan;
    case 'amount':
    case 'amountOrNull':
    case 'unitAmount':
    case 'quantity': {
      plan.kind = DECIMAL;
      plan.scale =
        field.kind === 'unitAmount'
          ? ctx.unitAmountScale
          : field.kind === 'quantity'
            ? QUANTITY_SCALE
            : ctx.amountScale;
      if (dflt === null) plan.defaultCell = NaN;
      else if (dflt === '0') plan.defaultCell = 0;
      else return null;
      return plan;
    }
    case 'date':
    case 'dateOrNull':
      plan.kind = DATE;
      plan.cache = new Map();
      // A blank date has no cell of its own: refused unless another field gives it (defaultFrom).
      plan.blankRefused ||= dflt === '';
      return plan;
    case 'boolean':
      plan.kind = BOOL;
      plan.defaultCell = dflt === true ? 1 : 0;
      return plan;
    case 'option':
      plan.kind = OPTION;
      plan.options = new Set(field.options ?? []);
      plan.cache = new Map();
      plan.defaultText = dflt as string;
      return plan;
    case 'code':
    case 'text':
      plan.kind = field.kind === 'code' ? CODE : TEXT;
      plan.defaultText = dflt as string;
      plan.cache = new Map();
      return plan;
    case 'dimensions':
      // A set is given as dim:CODE columns; a column named for the field itself is not a set.
      if (column >= 0) return null;
      plan.kind = DIMENSIONS;
      return plan;
    default:
      return null;
  }
}

/** An entry no. of plain digits (at most 15, at least `min`), else NaN. */
function entryNo(text: string, min: number): number {
  const n = text.length;
  if (n > MAX_DIGITS) return NaN;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    value = value * 10 + (c - 48);
  }
  return value < min ? NaN : value;
}

/**
 * A plain decimal ("-1234.50", no "+", no spaces) as integer minor units at `scale`, else NaN.
 * As checkDecimal: decimals beyond the scale only as trailing zeros, at most 15 significant digits.
 */
function minorUnits(text: string, scale: number, decimalComma: boolean): number {
  const n = text.length;
  let i = 0;
  const negative = text.charCodeAt(0) === 45;
  if (negative) i = 1;
  let value = 0;
  let intDigits = 0;
  let significant = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (significant > 0 || c !== 48) significant++;
    value = value * 10 + (c - 48);
    intDigits++;
  }
  if (intDigits === 0 || significant + scale > MAX_DIGITS) return NaN;
  let decimals = 0;
  if (i < n) {
    const sep = text.charCodeAt(i);
    if (sep !== 46 && !(decimalComma && sep === 44)) return NaN;
    if (++i === n) return NaN;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return NaN;
      if (decimals < scale) {
        value = value * 10 + (c - 48);
        decimals++;
      } else if (c !== 48) return NaN;
    }
  }
  value *= POWERS[scale - decimals]!;
  return negative && value !== 0 ? -value : value;
}

function dateCell(text: string): number {
  if ('issue' in checkDate(text)) return NaN;
  return dayIndex(text) ?? NaN;
}

function booleanCell(text: string): number {
  const checked = checkBooleanText(text.trim());
  return 'issue' in checked ? NaN : checked.value ? 1 : 0;
}
