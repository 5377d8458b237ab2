// Cause codes as indexes into per-field accumulators (CAUSE_CODES order), and how each G/L entry and each
// attributed relation falls into them — the one place that decides it, used by the sums and the drill-down.
import { IN_DATE, IN_ITEM_LOCATION, glInDate, type ReconciliationContext } from './context';
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

/** G/L-only category of a G/L entry row: closing, compression, direct posting, or -1 (explained by relations). */
export function glCategory(ctx: ReconciliationContext, g: number): number {
  const gl = ctx.cols.glEntries;
  if (gl.closingDate[g]) return C.closingEntries;
  if (gl.dateCompressed[g]) return C.dateCompression;
  return ctx.relations.glExplained[g] ? -1 : C.directPosting;
}

export type CauseSink = (field: number, cause: number, amount: number, relation: number) => void;

/**
 * The relation-based causes (domain.md §7) of relation r, sent to `sink`; returns the share r adds to the
 * G/L Total of the fields its account is mapped to (0 when r is outside the G/L side). Normal shares —
 * posted for the field whose account holds them, both dates inside — emit nothing.
 */
export function relationCauses(ctx: ReconciliationContext, r: number, sink: CauseSink | null): number {
  const { glRow, veRow, field, share, glExplained } = ctx.relations;
  const g = glRow[r]!;
  const v = veRow[r]!;
  if (g < 0 || v < 0 || !glExplained[g]) return 0;
  const gl = ctx.cols.glEntries;
  if (gl.closingDate[g] || gl.dateCompressed[g]) return 0;
  const vf = ctx.veFlags[v]!;
  if (!(vf & IN_ITEM_LOCATION)) return 0;
  const vInDate = (vf & IN_DATE) !== 0;
  const gInDate = glInDate(ctx, g);
  const s = share[r]!;
  const phi = field[r]!;
  const a = gl.glAccountNo[g]!;
  const mask = ctx.accounts.fieldMask[a]!;
  const phiMapped = phi >= 0 && (mask & (1 << phi)) !== 0;
  if (sink) {
    if (gInDate) {
      for (let m = mask; m !== 0; m &= m - 1) {
        const f = 31 - Math.clz32(m & -m);
        if (f === phi) {
          if (!vInDate) sink(f, C.postingDateMismatch, s, r);
        } else if (phiMapped) sink(f, C.sharedAccount, s, r);
        else if (phi >= 0) sink(f, C.accountMappingChanged, s, r);
      }
    }
    if (vInDate && phi >= 0) {
      if (!phiMapped) sink(phi, ctx.accounts.exists[a] ? C.accountMappingChanged : C.deletedAccount, -s, r);
      else if (!gInDate) sink(phi, C.postingDateMismatch, -s, r);
    }
  }
  return gInDate ? s : 0;
}
