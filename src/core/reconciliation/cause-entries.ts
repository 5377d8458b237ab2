// The entries behind one cause of one field: value entries whose unposted cost makes it, G/L entries that no
// value entry explains, or both sides of the relations the cause comes from. Sorted, without duplicates.
import { C, relationCauseKernel } from './cause-index';
import { IN_FILTERS, glInDate, type ReconciliationContext } from './context';
import { ENTRY_CLASSES, entryClassesOf } from './entry-classes';
import { ITEM_FIELD_COUNT } from './item-fields';

export interface EntryNoLists {
  valueEntryNos: number[];
  glEntryNos: number[];
}

/** Ascending without duplicates; already ascending lists (the usual row order) are not re-sorted. */
export function sortedUnique(xs: number[]): number[] {
  let ascending = true;
  for (let i = 1; i < xs.length && ascending; i++) if (xs[i]! <= xs[i - 1]!) ascending = false;
  if (ascending) return xs;
  const sorted = Float64Array.from(xs).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
  return out;
}

/** Value entries inside the filters whose unposted actual and/or expected cost feeds field f. */
function unpostedEntries(ctx: ReconciliationContext, f: number, actual: boolean, expected: boolean): number[] {
  const ve = ctx.cols.valueEntries;
  const classes = entryClassesOf(ve);
  const width = ITEM_FIELD_COUNT;
  const coefA = ENTRY_CLASSES.coefActual;
  const coefE = ENTRY_CLASSES.coefExpected;
  const inFilters = IN_FILTERS;
  const { costAmountActual, costPostedToGL, costAmountExpected, expectedCostPostedToGL, entryNo } = ve;
  const out: number[] = [];
  for (let i = 0; i < ve.length; i++) {
    if (ctx.veFlags[i] !== inFilters) continue;
    const c = classes[i]!;
    const ca = actual ? coefA[c * width + f]! : 0;
    const ce = expected ? coefE[c * width + f]! : 0;
    if (ca === 0 && ce === 0) continue;
    const amount =
      ca * (costAmountActual[i]! - costPostedToGL[i]!) + ce * (costAmountExpected[i]! - expectedCostPostedToGL[i]!);
    if (amount !== 0) out.push(entryNo[i]!);
  }
  return out;
}

/** The G/L-only category of row g: closing, compression, direct posting, or -1 (explained by relations). */
function glCategory(ctx: ReconciliationContext, g: number): number {
  const gl = ctx.cols.glEntries;
  if (gl.closingDate[g]) return C.closingEntries;
  if (gl.dateCompressed[g]) return C.dateCompression;
  return ctx.relations.glExplained[g] ? -1 : C.directPosting;
}

export function causeEntries(ctx: ReconciliationContext, f: number, cause: number): EntryNoLists {
  let valueEntryNos: number[] = [];
  const glEntryNos: number[] = [];
  const { cols } = ctx;
  switch (cause) {
    case C.costNotPosted:
      valueEntryNos = unpostedEntries(ctx, f, true, ctx.expectedCostPosting);
      break;
    case C.expectedCostPostingOff:
      if (!ctx.expectedCostPosting) valueEntryNos = unpostedEntries(ctx, f, false, true);
      break;
    case C.directPosting:
    case C.closingEntries:
    case C.dateCompression: {
      if (ctx.filters.filtered) break;
      const gl = cols.glEntries;
      for (let g = 0; g < gl.length; g++) {
        if (!(ctx.accounts.fieldMask[gl.glAccountNo[g]!]! & (1 << f))) continue;
        if (glInDate(ctx, g) && glCategory(ctx, g) === cause) glEntryNos.push(gl.entryNo[g]!);
      }
      break;
    }
    case C.unexplained:
      break;
    default: {
      const relationCauses = relationCauseKernel(ctx);
      const sink = (field: number, code: number, _amount: number, rel: number) => {
        if (field !== f || code !== cause) return;
        glEntryNos.push(cols.relations.glEntryNo[rel]!);
        valueEntryNos.push(cols.relations.valueEntryNo[rel]!);
      };
      for (let r = 0; r < cols.relations.length; r++) relationCauses(r, sink);
    }
  }
  return { valueEntryNos: sortedUnique(valueEntryNos), glEntryNos: sortedUnique(glEntryNos) };
}
