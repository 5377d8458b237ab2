// The sums behind the matrix and its causes, in integer minor units: one pass over value entries into
// per-class accumulators, one over G/L entries per account, one over relations (reconciliation-matrix.md
// §3–§5, domain.md §6–§7). Hot loops read only locals (tsx compiles imported bindings to getters).
import { CLASS_COUNT, ENTRY_CLASSES, entryClassesOf } from './entry-classes';
import { C, CAUSE_COUNT, relationCauseKernel, type CauseSink } from './cause-index';
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

/** Per class: Σ Cost Amount (Actual), (Expected) and their posted watermarks over the filtered value entries. */
function classSums(ctx: ReconciliationContext): Float64Array[] {
  const ve = ctx.cols.valueEntries;
  const classes = entryClassesOf(ve);
  const n = CLASS_COUNT;
  const sA = new Float64Array(n);
  const sE = new Float64Array(n);
  const sP = new Float64Array(n);
  const sEP = new Float64Array(n);
  const { costAmountActual, costAmountExpected, costPostedToGL, expectedCostPostedToGL } = ve;
  const veFlags = ctx.veFlags;
  const inFilters = IN_FILTERS;
  for (let i = 0; i < ve.length; i++) {
    if (veFlags[i] !== inFilters) continue;
    const c = classes[i]!;
    sA[c]! += costAmountActual[i]!;
    sE[c]! += costAmountExpected[i]!;
    sP[c]! += costPostedToGL[i]!;
    sEP[c]! += expectedCostPostedToGL[i]!;
  }
  return [sA, sE, sP, sEP];
}

/** Net change per account inside the date filter, and per account the part no relation explains, by category. */
function accountSums(ctx: ReconciliationContext): {
  net: Float64Array;
  direct: Float64Array;
  closing: Float64Array;
  compressed: Float64Array;
} {
  const gl = ctx.cols.glEntries;
  const nAcc = ctx.cols.dictionaries.glAccounts.size;
  const net = new Float64Array(nAcc);
  const direct = new Float64Array(nAcc);
  const closing = new Float64Array(nAcc);
  const compressed = new Float64Array(nAcc);
  const { from, to } = ctx.filters;
  const { postingDate, closingDate, dateCompressed, glAccountNo, amount } = gl;
  const explained = ctx.relations.glExplained;
  for (let g = 0; g < gl.length; g++) {
    const o = postingDate[g]! * 2 + closingDate[g]!;
    if (o < from || o > to) continue;
    const a = glAccountNo[g]!;
    const amt = amount[g]!;
    net[a]! += amt;
    if (closingDate[g]) closing[a]! += amt;
    else if (dateCompressed[g]) compressed[a]! += amt;
    else if (!explained[g]) direct[a]! += amt;
  }
  return { net, direct, closing, compressed };
}

export function computeTotals(ctx: ReconciliationContext): ReconciliationTotals {
  const { cols, accounts } = ctx;
  const filtered = ctx.filters.filtered;

  const [sA, sE, sP, sEP] = classSums(ctx) as [Float64Array, Float64Array, Float64Array, Float64Array];
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

  const sums = accountSums(ctx);

  // Relations: shares attributed to the filtered value entries, and the relation-based causes.
  const nAcc = cols.dictionaries.glAccounts.size;
  const attributed = new Float64Array(nAcc);
  const sink: CauseSink = (f, cause, amount) => {
    causes[f * CAUSE_COUNT + cause]! += amount;
  };
  const relationCauses = relationCauseKernel(ctx);
  const { glRow, veRow, field, share, glExplained } = ctx.relations;
  const { glAccountNo, closingDate, dateCompressed, postingDate } = cols.glEntries;
  const { fieldMask } = accounts;
  const veFlags = ctx.veFlags;
  const inFilters = IN_FILTERS;
  const { from, to } = ctx.filters;
  for (let r = 0; r < cols.relations.length; r++) {
    const g = glRow[r]!;
    const v = veRow[r]!;
    if (g < 0 || v < 0) continue;
    // Fast path for the normal share: both dates inside, its account mapped to exactly the field it was
    // posted for; everything else goes through the kernel, which names the cause.
    const a = glAccountNo[g]!;
    const o = postingDate[g]! * 2;
    const phi = field[r]!;
    if (
      veFlags[v] === inFilters &&
      o >= from &&
      o <= to &&
      phi >= 0 &&
      fieldMask[a] === 1 << phi &&
      glExplained[g] &&
      !closingDate[g] &&
      !dateCompressed[g]
    ) {
      attributed[a]! += share[r]!;
      continue;
    }
    const s = relationCauses(r, sink);
    if (s !== 0) attributed[a]! += s;
  }

  const glTotal = new Float64Array(GL_FIELD_COUNT);
  const notAttributable = new Float64Array(GL_FIELD_COUNT);
  for (let f = 0; f < GL_FIELD_COUNT; f++) {
    const at = (cause: number) => f * CAUSE_COUNT + cause;
    for (const a of accounts.fieldAccounts[f]!) {
      if (filtered) {
        glTotal[f]! += attributed[a]!;
        notAttributable[f]! += sums.direct[a]! + sums.closing[a]! + sums.compressed[a]!;
      } else {
        glTotal[f]! += sums.net[a]!;
        causes[at(C.directPosting)]! += sums.direct[a]!;
        causes[at(C.closingEntries)]! += sums.closing[a]!;
        causes[at(C.dateCompression)]! += sums.compressed[a]!;
      }
    }
    let explained = 0;
    for (let k = 0; k < CAUSE_COUNT; k++) explained += causes[at(k)]!;
    causes[at(C.unexplained)] = glTotal[f]! - item[f]! - explained;
  }
  return { item, gl: glTotal, notAttributable, causes, filtered };
}
