// Drill-down (domain.md §6 point 4): from any amount cell or cause to the value entries and G/L entries
// behind it, under the same filters, one page at a time; and from a G/L entry to its value entries and back.
import { buildLedgerColumns, type LedgerColumns } from '../columns';
import type { Dataset } from '../model';
import { fail, ok, problem, type Result } from '../problems';
import { C, CAUSE_COUNT } from './cause-index';
import { causeEntries, sortedUnique, type EntryNoLists } from './cause-entries';
import { buildContext, glInDate, IN_FILTERS, type ReconciliationContext } from './context';
import { ENTRY_CLASSES, entryClassesOf } from './entry-classes';
import { F, fieldIndex, ITEM_FIELD_COUNT } from './item-fields';
import { BS_COLUMNS, IS_ROWS, NOT_ATTRIBUTABLE } from './matrix-cells';
import { computeTotals } from './totals';
import {
  CAUSE_CODES,
  type CauseCode,
  type MatrixField,
  type ReconciliationFilters,
  type ReconciliationSetup,
} from './types';

/** Ledgers to drill into: a Dataset, or columns with the setup they were built from. */
export type LedgerSource = Dataset | { columns: LedgerColumns; setup: ReconciliationSetup };

export type DrillDownTarget = { cell: string } | { cause: { field: MatrixField; code: CauseCode } };

export interface DrillDownPage {
  /** Value entry nos. of the page, ascending. */
  valueEntryNos: number[];
  /** G/L entry nos. of the page, ascending. */
  glEntryNos: number[];
  /** All value entries behind the target (the page is a slice of them). */
  valueEntryCount: number;
  glEntryCount: number;
}

function columnsOf(source: LedgerSource): { columns: LedgerColumns; setup: ReconciliationSetup } {
  return 'columns' in source ? source : { columns: buildLedgerColumns(source), setup: source };
}

/** What a cell shows: item-side field f, G/L side of field f, Not Attributable of f, Difference of f, or blank. */
type CellSource = { kind: 'item' | 'gl' | 'notAttributable' | 'difference'; field: number } | { kind: 'blank' };

function cellSource(row: string, column: string): CellSource | null {
  const bs = BS_COLUMNS.find((c) => c.column === column);
  const isRow = IS_ROWS.find((r) => r.row === row);
  if (row === 'Inventory To WIP' || row === 'WIP To Interim') {
    const f = row === 'Inventory To WIP' ? F.InventoryToWIP : F.WIPToInterim;
    const shown =
      row === 'Inventory To WIP' ? ['Inventory', 'WIP Inventory'] : ['Inventory (Interim)', 'WIP Inventory'];
    if (shown.includes(column)) return { kind: 'item', field: f };
    return isKnownColumn(column) ? { kind: 'blank' } : null;
  }
  if (isRow) {
    const f = isRow.field;
    if (bs) {
      const itemField = [isRow.inventory, isRow.interim, isRow.wip][BS_COLUMNS.indexOf(bs)]!;
      return itemField < 0 ? { kind: 'blank' } : { kind: 'item', field: itemField };
    }
    if (column === 'Total') return { kind: 'item', field: f };
    if (column === 'G/L Total') return { kind: 'gl', field: f };
    if (column === NOT_ATTRIBUTABLE) return { kind: 'notAttributable', field: f };
    if (column === 'Difference' || column === 'Warning') return { kind: 'difference', field: f };
    return null;
  }
  const totalRows: Record<string, CellSource['kind']> = {
    Total: 'item',
    'G/L Total': 'gl',
    [NOT_ATTRIBUTABLE]: 'notAttributable',
    Difference: 'difference',
    Warning: 'difference',
  };
  const kind = totalRows[row];
  if (kind === undefined) return null;
  if (bs) return { kind, field: bs.field };
  return isKnownColumn(column) ? { kind: 'blank' } : null;
}

function isKnownColumn(column: string): boolean {
  return [
    'Inventory',
    'Inventory (Interim)',
    'WIP Inventory',
    'Total',
    'G/L Total',
    NOT_ATTRIBUTABLE,
    'Difference',
    'Warning',
  ].includes(column);
}

/** Value entries inside the filters whose actual/expected cost feeds item field f (non-zero part only). */
function itemEntries(ctx: ReconciliationContext, f: number): number[] {
  const ve = ctx.cols.valueEntries;
  const classes = entryClassesOf(ve);
  const out: number[] = [];
  for (let i = 0; i < ve.length; i++) {
    if (ctx.veFlags[i] !== IN_FILTERS) continue;
    const c = classes[i]!;
    const amount =
      ENTRY_CLASSES.coefActual[c * ITEM_FIELD_COUNT + f]! * ve.costAmountActual[i]! +
      ENTRY_CLASSES.coefExpected[c * ITEM_FIELD_COUNT + f]! * ve.costAmountExpected[i]!;
    if (amount !== 0) out.push(ve.entryNo[i]!);
  }
  return out;
}

/** G/L entries on field f's accounts inside the date filter: all of them, or only those explained (or not) by relations to filtered value entries. */
function glEntries(ctx: ReconciliationContext, f: number, which: 'all' | 'attributed' | 'notAttributable'): number[] {
  const gl = ctx.cols.glEntries;
  const attributed = new Uint8Array(which === 'attributed' ? gl.length : 0);
  if (which === 'attributed') {
    const { glRow, veRow, glExplained } = ctx.relations;
    for (let r = 0; r < glRow.length; r++) {
      const g = glRow[r]!;
      const v = veRow[r]!;
      if (g >= 0 && v >= 0 && glExplained[g] && ctx.veFlags[v]! & 1) attributed[g] = 1;
    }
  }
  const out: number[] = [];
  for (let g = 0; g < gl.length; g++) {
    if (!(ctx.accounts.fieldMask[gl.glAccountNo[g]!]! & (1 << f)) || !glInDate(ctx, g)) continue;
    const unexplained = gl.closingDate[g] || gl.dateCompressed[g] || !ctx.relations.glExplained[g];
    if (
      which === 'all' ||
      (which === 'notAttributable' && unexplained) ||
      (which === 'attributed' && !unexplained && attributed[g])
    )
      out.push(gl.entryNo[g]!);
  }
  return out;
}

function differenceEntries(ctx: ReconciliationContext, f: number): EntryNoLists {
  const totals = computeTotals(ctx);
  let ve: number[] = [];
  let gl: number[] = [];
  for (let k = 0; k < CAUSE_COUNT; k++) {
    if (totals.causes[f * CAUSE_COUNT + k] === 0 || k === C.unexplained) continue;
    const e = causeEntries(ctx, f, k);
    // concat, not push(...): the lists can be longer than the call stack allows arguments.
    ve = ve.concat(e.valueEntryNos);
    gl = gl.concat(e.glEntryNos);
  }
  return { valueEntryNos: sortedUnique(ve), glEntryNos: sortedUnique(gl) };
}

function targetEntries(ctx: ReconciliationContext, target: DrillDownTarget): Result<EntryNoLists> {
  if ('cause' in target) {
    const f = fieldIndex(target.cause.field);
    const k = CAUSE_CODES.indexOf(target.cause.code);
    if (f < 0 || k < 0)
      return fail([problem('value-invalid', `No such cause: ${target.cause.field} / ${target.cause.code}.`)]);
    return ok(causeEntries(ctx, f, k));
  }
  const [row = '', column = ''] = target.cell.split('|');
  const src = cellSource(row, column);
  if (!src) return fail([problem('value-invalid', `No such matrix cell: "${target.cell}".`, { value: target.cell })]);
  const none: EntryNoLists = { valueEntryNos: [], glEntryNos: [] };
  switch (src.kind) {
    case 'blank':
      return ok(none);
    case 'item':
      return ok({ valueEntryNos: sortedUnique(itemEntries(ctx, src.field)), glEntryNos: [] });
    case 'gl':
      return ok({
        valueEntryNos: [],
        glEntryNos: glEntries(ctx, src.field, ctx.filters.filtered ? 'attributed' : 'all'),
      });
    case 'notAttributable':
      return ok(
        ctx.filters.filtered ? { valueEntryNos: [], glEntryNos: glEntries(ctx, src.field, 'notAttributable') } : none,
      );
    case 'difference':
      return ok(differenceEntries(ctx, src.field));
  }
}

/** The entries behind a cell ("Row|Column") or a cause, one page (offset/limit apply to each list). */
export function drillDown(
  source: LedgerSource,
  target: DrillDownTarget,
  filters: ReconciliationFilters,
  page: { offset: number; limit: number },
): Result<DrillDownPage> {
  const { columns, setup } = columnsOf(source);
  const built = buildContext(columns, setup, filters);
  if (!built.ok) return built;
  const entries = targetEntries(built.value, target);
  if (!entries.ok) return entries;
  const { valueEntryNos, glEntryNos } = entries.value;
  const end = page.offset + page.limit;
  return ok({
    valueEntryNos: valueEntryNos.slice(page.offset, end),
    glEntryNos: glEntryNos.slice(page.offset, end),
    valueEntryCount: valueEntryNos.length,
    glEntryCount: glEntryNos.length,
  });
}

/** Relations as (G/L entry no., value entry no.) pairs, without building columns for a Dataset. */
function relationPairs(source: LedgerSource, visit: (glEntryNo: number, valueEntryNo: number) => void): void {
  if ('columns' in source) {
    const rel = source.columns.relations;
    for (let r = 0; r < rel.length; r++) visit(rel.glEntryNo[r]!, rel.valueEntryNo[r]!);
  } else for (const r of source.glItemLedgerRelations) visit(r.glEntryNo, r.valueEntryNo);
}

/** The value entries a G/L entry was posted from (G/L – Item Ledger Relation), ascending. */
export function valueEntriesOfGLEntry(source: LedgerSource, glEntryNo: number): number[] {
  const out: number[] = [];
  relationPairs(source, (g, v) => g === glEntryNo && out.push(v));
  return sortedUnique(out);
}

/** The G/L entries a value entry was posted to, ascending. */
export function glEntriesOfValueEntry(source: LedgerSource, valueEntryNo: number): number[] {
  const out: number[] = [];
  relationPairs(source, (g, v) => v === valueEntryNo && out.push(g));
  return sortedUnique(out);
}
