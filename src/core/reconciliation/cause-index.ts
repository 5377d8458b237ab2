// Cause codes as indexes into per-field accumulators (CAUSE_CODES order), and how each G/L entry and each
// attributed relation falls into them — the one place that decides it, used by the sums and the drill-down.
import { IN_DATE, IN_ITEM_LOCATION, type ReconciliationContext } from './context';
import { CAUSE_CODES } from './types';

export const C = {
  costNotPosted: 0,
  expectedCostPostingOff: 1,
  directPosting: 2,
  closingEntries: 3,
  postingDateMismatch: 4,
  accountMappingChanged: 5,
  sharedAccount: 6,
  deletedAccount: 7,
  dateCompression: 8,
  unexplained: 9,
} as const;
export const CAUSE_COUNT = CAUSE_CODES.length;

export type CauseSink = (field: number, cause: number, amount: number, relation: number) => void;

/** relationCauses(r, sink): see relationCauseKernel. */
export type RelationCauses = (r: number, sink: CauseSink | null) => number;

/**
 * The relation-based causes (domain.md §7) of relation r, sent to `sink`; returns the share r adds to the
 * G/L Total of the fields its account is mapped to (0 when r is outside the G/L side). Normal shares —
 * posted for the field whose account holds them, both dates inside — emit nothing. Built once per run
 * with everything in closure locals, as it runs once per relation.
 */
export function relationCauseKernel(ctx: ReconciliationContext): RelationCauses {
  const { glRow, veRow, field, share, glExplained } = ctx.relations;
  const gl = ctx.cols.glEntries;
  const { closingDate, dateCompressed, postingDate, glAccountNo } = gl;
  const { fieldMask, exists } = ctx.accounts;
  const veFlags = ctx.veFlags;
  const { from, to } = ctx.filters;
  const inItemLocation = IN_ITEM_LOCATION;
  const inDate = IN_DATE;
  const pdm = C.postingDateMismatch;
  const shared = C.sharedAccount;
  const mapping = C.accountMappingChanged;
  const deleted = C.deletedAccount;
  return (r, sink) => {
    const g = glRow[r]!;
    const v = veRow[r]!;
    if (g < 0 || v < 0 || !glExplained[g] || closingDate[g] || dateCompressed[g]) return 0;
    const vf = veFlags[v]!;
    if (!(vf & inItemLocation)) return 0;
    const o = postingDate[g]! * 2;
    const gInDate = o >= from && o <= to;
    const s = share[r]!;
    if (!sink) return gInDate ? s : 0;
    const vInDate = (vf & inDate) !== 0;
    const phi = field[r]!;
    const a = glAccountNo[g]!;
    const mask = fieldMask[a]!;
    const phiMapped = phi >= 0 && (mask & (1 << phi)) !== 0;
    if (gInDate) {
      for (let m = mask; m !== 0; m &= m - 1) {
        const f = 31 - Math.clz32(m & -m);
        if (f === phi) {
          if (!vInDate) sink(f, pdm, s, r);
        } else if (phiMapped) sink(f, shared, s, r);
        else if (phi >= 0) sink(f, mapping, s, r);
      }
    }
    if (vInDate && phi >= 0) {
      if (!phiMapped) sink(phi, exists[a] ? mapping : deleted, -s, r);
      else if (!gInDate) sink(phi, pdm, -s, r);
    }
    return gInDate ? s : 0;
  };
}
