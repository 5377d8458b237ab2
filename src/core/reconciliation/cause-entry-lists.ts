// The entries behind every non-zero cause at once, for reconcile(): one pass over value entries, one over
// G/L entries and one over relations, each list cut at `limit` (counts stay exact). drillDown pages through
// one cause with causeEntries instead.
import { isAscending } from '../columns';
import { C, CAUSE_COUNT, relationCauseKernel } from './cause-index';
import { sortedUnique } from './cause-entries';
import { IN_FILTERS, type ReconciliationContext } from './context';
import { CLASS_COUNT, ENTRY_CLASSES, entryClassesOf } from './entry-classes';
import { GL_FIELD_COUNT, ITEM_FIELD_COUNT } from './item-fields';
import type { ReconciliationTotals } from './totals';

export interface EntryList {
  nos: number[];
  count: number;
}

export interface CauseEntryLists {
  valueEntries: EntryList[];
  glEntries: EntryList[];
}

/** Per slot (field · CAUSE_COUNT + cause): entry nos, kept to `limit` when rows come in entry-no. order. */
class Lists {
  readonly lists: EntryList[] = Array.from({ length: GL_FIELD_COUNT * CAUSE_COUNT }, () => ({ nos: [], count: 0 }));
  constructor(private readonly cap: number) {}
  add(slot: number, entryNo: number): void {
    const l = this.lists[slot]!;
    l.count++;
    if (l.nos.length < this.cap) l.nos.push(entryNo);
  }
}

/** Fields (< GL_FIELD_COUNT) each class feeds, as [start, end) ranges into one list. */
function classFieldRanges(): { start: Int32Array; fields: Int32Array } {
  const start = new Int32Array(CLASS_COUNT + 1);
  const fields: number[] = [];
  for (let c = 0; c < CLASS_COUNT; c++) {
    start[c] = fields.length;
    for (let f = 0; f < GL_FIELD_COUNT; f++) {
      const k = c * ITEM_FIELD_COUNT + f;
      if (ENTRY_CLASSES.coefActual[k] !== 0 || ENTRY_CLASSES.coefExpected[k] !== 0) fields.push(f);
    }
  }
  start[CLASS_COUNT] = fields.length;
  return { start, fields: Int32Array.from(fields) };
}
const RANGES = classFieldRanges();

function unpostedValueEntries(ctx: ReconciliationContext, wanted: Uint8Array, out: Lists): void {
  const ve = ctx.cols.valueEntries;
  const classes = entryClassesOf(ve);
  const { start, fields } = RANGES;
  const coefA = ENTRY_CLASSES.coefActual;
  const coefE = ENTRY_CLASSES.coefExpected;
  const width = ITEM_FIELD_COUNT;
  const causes = CAUSE_COUNT;
  const notPosted = C.costNotPosted;
  const expectedOff = C.expectedCostPostingOff;
  const expectedOn = ctx.expectedCostPosting;
  const inFilters = IN_FILTERS;
  const { costAmountActual, costPostedToGL, costAmountExpected, expectedCostPostedToGL, entryNo } = ve;
  for (let i = 0; i < ve.length; i++) {
    if (ctx.veFlags[i] !== inFilters) continue;
    const ua = costAmountActual[i]! - costPostedToGL[i]!;
    const ue = costAmountExpected[i]! - expectedCostPostedToGL[i]!;
    if (ua === 0 && ue === 0) continue;
    const c = classes[i]!;
    for (let j = start[c]!; j < start[c + 1]!; j++) {
      const f = fields[j]!;
      const a = coefA[c * width + f]! * ua;
      const e = coefE[c * width + f]! * ue;
      if (expectedOn) {
        if (a + e !== 0 && wanted[f * causes + notPosted]) out.add(f * causes + notPosted, entryNo[i]!);
      } else {
        if (a !== 0 && wanted[f * causes + notPosted]) out.add(f * causes + notPosted, entryNo[i]!);
        if (e !== 0 && wanted[f * causes + expectedOff]) out.add(f * causes + expectedOff, entryNo[i]!);
      }
    }
  }
}

function unexplainedGLEntries(ctx: ReconciliationContext, wanted: Uint8Array, out: Lists): void {
  if (ctx.filters.filtered) return;
  const gl = ctx.cols.glEntries;
  const { postingDate, closingDate, dateCompressed, glAccountNo, entryNo } = gl;
  const explained = ctx.relations.glExplained;
  const { fieldMask } = ctx.accounts;
  const { from, to } = ctx.filters;
  const causes = CAUSE_COUNT;
  for (let g = 0; g < gl.length; g++) {
    const cause = closingDate[g]
      ? C.closingEntries
      : dateCompressed[g]
        ? C.dateCompression
        : explained[g]
          ? -1
          : C.directPosting;
    if (cause < 0) continue;
    const o = postingDate[g]! * 2 + closingDate[g]!;
    if (o < from || o > to) continue;
    for (let m = fieldMask[glAccountNo[g]!]!; m !== 0; m &= m - 1) {
      const f = 31 - Math.clz32(m & -m);
      if (wanted[f * causes + cause]) out.add(f * causes + cause, entryNo[g]!);
    }
  }
}

export function collectCauseEntries(
  ctx: ReconciliationContext,
  totals: ReconciliationTotals,
  limit: number,
): CauseEntryLists {
  const wanted = new Uint8Array(GL_FIELD_COUNT * CAUSE_COUNT);
  for (let k = 0; k < wanted.length; k++) wanted[k] = totals.causes[k] !== 0 ? 1 : 0;
  const { cols } = ctx;
  const veLists = new Lists(isAscending(cols.valueEntries.entryNo) ? limit : Infinity);
  const glLists = new Lists(isAscending(cols.glEntries.entryNo) ? limit : Infinity);
  unpostedValueEntries(ctx, wanted, veLists);
  unexplainedGLEntries(ctx, wanted, glLists);

  // Relation-based causes: full lists (a G/L entry can appear in several relations), de-duplicated below.
  const relationSlots = new Set<number>();
  const relVe = new Map<number, number[]>();
  const relGl = new Map<number, number[]>();
  const sink = (f: number, cause: number, _amount: number, r: number) => {
    const slot = f * CAUSE_COUNT + cause;
    if (!wanted[slot]) return;
    relationSlots.add(slot);
    (relVe.get(slot) ?? relVe.set(slot, []).get(slot)!).push(cols.relations.valueEntryNo[r]!);
    (relGl.get(slot) ?? relGl.set(slot, []).get(slot)!).push(cols.relations.glEntryNo[r]!);
  };
  const anyRelationCause = [C.postingDateMismatch, C.accountMappingChanged, C.sharedAccount, C.deletedAccount].some(
    (cause) => Array.from({ length: GL_FIELD_COUNT }, (_, f) => wanted[f * CAUSE_COUNT + cause]).some(Boolean),
  );
  if (anyRelationCause) {
    const kernel = relationCauseKernel(ctx);
    for (let r = 0; r < cols.relations.length; r++) kernel(r, sink);
  }
  for (const slot of relationSlots) {
    const ve = sortedUnique(relVe.get(slot)!);
    const gl = sortedUnique(relGl.get(slot)!);
    veLists.lists[slot] = { nos: ve.slice(0, limit), count: ve.length };
    glLists.lists[slot] = { nos: gl.slice(0, limit), count: gl.length };
  }
  const cut = (l: EntryList): EntryList => {
    const nos = l.nos.length > limit ? sortedUnique(l.nos).slice(0, limit) : sortedUnique(l.nos);
    return { nos, count: l.count };
  };
  return { valueEntries: veLists.lists.map(cut), glEntries: glLists.lists.map(cut) };
}
