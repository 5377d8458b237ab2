// The sums behind the matrix and its causes, in integer minor units: one pass over value entries into
// per-class accumulators, one over G/L entries per account, one over relations (reconciliation-matrix.md
// §3–§5, domain.md §6–§7).
import { classCode, CLASS_COUNT, ENTRY_CLASSES } from './entry-classes';
import { C, CAUSE_COUNT, glCategory, relationCauses, type CauseSink } from './cause-index';
import { IN_FILTERS, type ReconciliationContext } from './context';
import { GL_FIELD_COUNT, ITEM_FIELD_COUNT } from './item-fields';

export interface ReconciliationTotals {
  /** Item side per item field (ITEM_FIELD_COUNT). */
  item: Float64Array;
  /** G/L Total per matrix field: net change of the mapped accounts, or under item/location filters the attributed shares. */
  gl: Float64Array;
  /** G/L amounts on the mapped accounts that no value entry explains (shown only under item/location filters). */
  notAttributable: Float64Array;
  /** causes[field * CAUSE_COUNT + cause] */
  causes: Float64Array;
  filtered: boolean;
}

export function computeTotals(ctx: ReconciliationContext): ReconciliationTotals {
  const { cols, veFlags, accounts } = ctx;
  const filtered = ctx.filters.filtered;

  // Value entries: sums per class of actual, expected and their posted watermarks.
  const ve = cols.valueEntries;
  const sA = new Float64Array(CLASS_COUNT);
  const sE = new Float64Array(CLASS_COUNT);
  const sP = new Float64Array(CLASS_COUNT);
  const sEP = new Float64Array(CLASS_COUNT);
  const { itemLedgerEntryType, entryType, varianceType, orderType } = ve;
  const { costAmountActual, costAmountExpected, costPostedToGL, expectedCostPostedToGL } = ve;
  for (let i = 0; i < ve.length; i++) {
    if (veFlags[i] !== IN_FILTERS) continue;
    const c = classCode(itemLedgerEntryType[i]!, entryType[i]!, varianceType[i]!, orderType[i]!);
    sA[c]! += costAmountActual[i]!;
    sE[c]! += costAmountExpected[i]!;
    sP[c]! += costPostedToGL[i]!;
    sEP[c]! += expectedCostPostedToGL[i]!;
  }
  const item = new Float64Array(ITEM_FIELD_COUNT);
  const causes = new Float64Array(GL_FIELD_COUNT * CAUSE_COUNT);
  const { coefActual, coefExpected } = ENTRY_CLASSES;
  for (let c = 0; c < CLASS_COUNT; c++) {
    if (sA[c] === 0 && sE[c] === 0 && sP[c] === 0 && sEP[c] === 0) continue;
    const unpostedA = sA[c]! - sP[c]!;
    const unpostedE = sE[c]! - sEP[c]!;
    for (let f = 0; f < ITEM_FIELD_COUNT; f++) {
      const ca = coefActual[c * ITEM_FIELD_COUNT + f]!;
      const ce = coefExpected[c * ITEM_FIELD_COUNT + f]!;
      if (ca === 0 && ce === 0) continue;
      item[f]! += ca * sA[c]! + ce * sE[c]!;
      if (f >= GL_FIELD_COUNT) continue;
      if (ctx.expectedCostPosting) causes[f * CAUSE_COUNT + C.costNotPosted]! -= ca * unpostedA + ce * unpostedE;
      else {
        causes[f * CAUSE_COUNT + C.costNotPosted]! -= ca * unpostedA;
        causes[f * CAUSE_COUNT + C.expectedCostPostingOff]! -= ce * unpostedE;
      }
    }
  }

  // G/L entries: net change per account inside the date filter, and the part no value entry explains.
  const gl = cols.glEntries;
  const nAcc = cols.dictionaries.glAccounts.size;
  const net = new Float64Array(nAcc);
  const byCategory: number[] = [C.directPosting, C.closingEntries, C.dateCompression];
  const unexplainedByAccount = byCategory.map(() => new Float64Array(nAcc));
  const { from, to } = ctx.filters;
  for (let g = 0; g < gl.length; g++) {
    const o = gl.postingDate[g]! * 2 + gl.closingDate[g]!;
    if (o < from || o > to) continue;
    const a = gl.glAccountNo[g]!;
    const amt = gl.amount[g]!;
    net[a]! += amt;
    const cat = glCategory(ctx, g);
    if (cat >= 0) unexplainedByAccount[byCategory.indexOf(cat)]![a]! += amt;
  }

  // Relations: shares attributed to the filtered value entries, and the relation-based causes.
  const glTotal = new Float64Array(GL_FIELD_COUNT);
  const attributed = new Float64Array(nAcc);
  const sink: CauseSink = (f, cause, amount) => {
    causes[f * CAUSE_COUNT + cause]! += amount;
  };
  for (let r = 0; r < cols.relations.length; r++) {
    const s = relationCauses(ctx, r, sink);
    if (s !== 0) attributed[cols.glEntries.glAccountNo[ctx.relations.glRow[r]!]!]! += s;
  }

  const notAttributable = new Float64Array(GL_FIELD_COUNT);
  for (let f = 0; f < GL_FIELD_COUNT; f++) {
    for (const a of accounts.fieldAccounts[f]!) {
      if (filtered) {
        glTotal[f]! += attributed[a]!;
        for (const acc of unexplainedByAccount) notAttributable[f]! += acc[a]!;
      } else {
        glTotal[f]! += net[a]!;
        byCategory.forEach((cat, k) => (causes[f * CAUSE_COUNT + cat]! += unexplainedByAccount[k]![a]!));
      }
    }
    let explained = 0;
    for (let k = 0; k < CAUSE_COUNT; k++) explained += causes[f * CAUSE_COUNT + k]!;
    causes[f * CAUSE_COUNT + C.unexplained] = glTotal[f]! - item[f]! - explained;
  }
  return { item, gl: glTotal, notAttributable, causes, filtered };
}
