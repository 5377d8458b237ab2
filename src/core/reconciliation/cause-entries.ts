// The entries behind one cause of one field: value entries whose unposted cost makes it, G/L entries that no
// value entry explains, or both sides of the relations the cause comes from. Sorted, without duplicates.
import { C, glCategory, relationCauses } from './cause-index';
import { IN_FILTERS, glInDate, type ReconciliationContext } from './context';
import { classCode, ENTRY_CLASSES } from './entry-classes';
import { ITEM_FIELD_COUNT } from './item-fields';

export interface EntryNoLists {
  valueEntryNos: number[];
  glEntryNos: number[];
}

export function sortedUnique(xs: number[]): number[] {
  xs.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[n - 1]) xs[n++] = xs[i]!;
  xs.length = n;
  return xs;
}

/** Value entries inside the filters whose unposted actual and/or expected cost feeds field f. */
function unpostedEntries(ctx: ReconciliationContext, f: number, actual: boolean, expected: boolean): number[] {
  const ve = ctx.cols.valueEntries;
  const out: number[] = [];
  for (let i = 0; i < ve.length; i++) {
    if (ctx.veFlags[i] !== IN_FILTERS) continue;
    const c = classCode(ve.itemLedgerEntryType[i]!, ve.entryType[i]!, ve.varianceType[i]!, ve.orderType[i]!);
    const ca = actual ? ENTRY_CLASSES.coefActual[c * ITEM_FIELD_COUNT + f]! : 0;
    const ce = expected ? ENTRY_CLASSES.coefExpected[c * ITEM_FIELD_COUNT + f]! : 0;
    const amount =
      ca * (ve.costAmountActual[i]! - ve.costPostedToGL[i]!) +
      ce * (ve.costAmountExpected[i]! - ve.expectedCostPostedToGL[i]!);
    if (amount !== 0) out.push(ve.entryNo[i]!);
  }
  return out;
}

export function causeEntries(ctx: ReconciliationContext, f: number, cause: number): EntryNoLists {
  const valueEntryNos: number[] = [];
  const glEntryNos: number[] = [];
  const { cols } = ctx;
  switch (cause) {
    case C.costNotPosted:
      valueEntryNos.push(...unpostedEntries(ctx, f, true, ctx.expectedCostPosting));
      break;
    case C.expectedCostPostingOff:
      if (!ctx.expectedCostPosting) valueEntryNos.push(...unpostedEntries(ctx, f, false, true));
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
    default:
      for (let r = 0; r < cols.relations.length; r++) {
        relationCauses(ctx, r, (field, code, _amount, rel) => {
          if (field !== f || code !== cause) return;
          glEntryNos.push(cols.relations.glEntryNo[rel]!);
          valueEntryNos.push(cols.relations.valueEntryNo[rel]!);
        });
      }
  }
  return { valueEntryNos: sortedUnique(valueEntryNos), glEntryNos: sortedUnique(glEntryNos) };
}
