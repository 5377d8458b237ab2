// Where did it diverge (domain.md §8): for one matrix field, the item side (Σ value entries, as the matrix's
// Total) and the G/L side (net change of the field's accounts, as G/L Total) summed cumulatively per posting
// date, and the first date on which the two part ways. Unfiltered (the whole ledger's history); one pass over
// each ledger in integer minor units.
import type { LedgerColumns } from '../columns';
import { isoFromDayIndex } from '../dates';
import { fail, ok, problem, type Result } from '../problems';
import { buildContext } from './context';
import { CLASS_COUNT, ENTRY_CLASSES, entryClassesOf } from './entry-classes';
import { fieldIndex, ITEM_FIELD_COUNT } from './item-fields';
import { formatCell } from './matrix-cells';
import { MATRIX_FIELDS, type MatrixField, type ReconciliationSetup } from './types';

export interface DivergencePoint {
  /** ISO posting date; `closing` for BC's closing date C(date). */
  date: string;
  closing: boolean;
  /** The balances up to and including that date, and G/L − item. */
  item: string;
  gl: string;
  difference: string;
}

export interface Divergence {
  field: MatrixField;
  /** Amount decimals of the minor units below. */
  scale: number;
  /** Every date with an entry on either side, ascending, as date ordinals (2·day, closing dates 2·day + 1). */
  ordinals: Int32Array;
  /** Cumulative item side and G/L side at each date, in minor units (exact integers). */
  itemMinor: Float64Array;
  glMinor: Float64Array;
  /** The first date after which G/L − item is not zero; null when they agree on every date. */
  firstDivergence: DivergencePoint | null;
  /** The balances after the last date (the matrix's Total, G/L Total and Difference of the field). */
  end: DivergencePoint | null;
}

function point(ordinal: number, item: number, gl: number, scale: number): DivergencePoint {
  return {
    date: isoFromDayIndex(ordinal >> 1),
    closing: (ordinal & 1) === 1,
    item: formatCell(item, scale),
    gl: formatCell(gl, scale),
    difference: formatCell(gl - item, scale),
  };
}

export function divergence(cols: LedgerColumns, setup: ReconciliationSetup, field: MatrixField): Result<Divergence> {
  if (!MATRIX_FIELDS.includes(field))
    return fail([problem('value-invalid', `${field} is not a field of the matrix.`, { value: field })]);
  const built = buildContext(cols, setup, {});
  if (!built.ok) return built;
  const ctx = built.value;
  const f = fieldIndex(field);
  const byOrdinal = new Map<number, { item: number; gl: number }>();
  const at = (o: number) => {
    let s = byOrdinal.get(o);
    if (!s) byOrdinal.set(o, (s = { item: 0, gl: 0 }));
    return s;
  };

  // Item side: each value entry's share of the field by its class, as computeTotals sums it.
  const ve = cols.valueEntries;
  const classes = entryClassesOf(ve);
  const { coefActual, coefExpected } = ENTRY_CLASSES;
  const ca = new Float64Array(CLASS_COUNT);
  const ce = new Float64Array(CLASS_COUNT);
  for (let c = 0; c < CLASS_COUNT; c++) {
    ca[c] = coefActual[c * ITEM_FIELD_COUNT + f]!;
    ce[c] = coefExpected[c * ITEM_FIELD_COUNT + f]!;
  }
  const { postingDate, costAmountActual, costAmountExpected } = ve;
  for (let i = 0; i < ve.length; i++) {
    const c = classes[i]!;
    const amount = ca[c]! * costAmountActual[i]! + ce[c]! * costAmountExpected[i]!;
    if (amount !== 0) at(postingDate[i]! * 2).item += amount;
  }

  // G/L side: the net change of the accounts mapped to the field.
  const mapped = new Uint8Array(cols.dictionaries.glAccounts.size);
  for (const a of ctx.accounts.fieldAccounts[f]!) mapped[a] = 1;
  const gl = cols.glEntries;
  for (let g = 0; g < gl.length; g++) {
    if (!mapped[gl.glAccountNo[g]!]) continue;
    const amount = gl.amount[g]!;
    if (amount !== 0) at(gl.postingDate[g]! * 2 + gl.closingDate[g]!).gl += amount;
  }

  const ordinals = Int32Array.from([...byOrdinal.keys()].sort((a, b) => a - b));
  const itemMinor = new Float64Array(ordinals.length);
  const glMinor = new Float64Array(ordinals.length);
  let item = 0;
  let glSum = 0;
  let first: DivergencePoint | null = null;
  ordinals.forEach((o, k) => {
    const s = byOrdinal.get(o)!;
    item += s.item;
    glSum += s.gl;
    itemMinor[k] = item;
    glMinor[k] = glSum;
    if (!first && glSum !== item) first = point(o, item, glSum, cols.scale);
  });
  const last = ordinals.length - 1;
  return ok({
    field,
    scale: cols.scale,
    ordinals,
    itemMinor,
    glMinor,
    firstDivergence: first,
    end: last < 0 ? null : point(ordinals[last]!, itemMinor[last]!, glMinor[last]!, cols.scale),
  });
}
