// First pass of a columnar run, in storage order (sequential reads of every column): decides per row
// whether it posts, is skipped or does not wait; a posting row adds its lines to the buffer, keeps its
// shares (group, amount) with the row and writes its watermarks at its read position.
import type { ValueEntry } from '../../model';
import type { PostingContext } from '../posting-context';
import { ColumnarBuffer, grownF64, MAX_LINES } from './columnar-buffer';
import type { DateDimensions } from './date-dimensions';
import type { PostingChunk, PostingEntryColumns } from './entry-columns';
import { deltaSigns, type EntryProfiles } from './entry-profiles';
import type { RowLocator } from './read-order';
import type { WatermarkColumns } from './watermark-columns';

export const NOT_WAITING = 0;
export const SKIPPED = 1;
export const POSTED = 2;

/** Read position of a row the run does not read. */
export const NOT_READ = 0xffffffff;

export interface RowRecords {
  buffer: ColumnarBuffer;
  /** Per global row: NOT_WAITING, SKIPPED or POSTED. */
  kinds: Uint8Array;
  /** Per global row, two cells: first share, share count. */
  rowShares: Uint32Array;
  /** Per share, two cells: group id, amount (minor units). */
  shares: Float64Array;
  /** Global rows skipped, in storage order. */
  skipped: number[];
  posted: number;
}

export interface RowPassInput {
  ctx: PostingContext;
  cols: PostingEntryColumns;
  loc: RowLocator;
  /** Per global row, its place in the read order (NOT_READ: filtered out). */
  readPos: Uint32Array;
  marks: WatermarkColumns;
  profiles: EntryProfiles;
  dates: DateDimensions;
  /** Loads row `r` of `c` into the planner's flyweight entry. */
  load(c: PostingChunk, r: number): ValueEntry;
}

export function rowPass(o: RowPassInput): RowRecords {
  const { ctx, cols, readPos, profiles, dates, marks } = o;
  const n = readPos.length;
  const buffer = new ColumnarBuffer();
  const kinds = new Uint8Array(n);
  const rowShares = new Uint32Array(2 * n);
  let shares = new Float64Array(Math.max(1024, 4 * n));
  const skipped: number[] = [];
  let posted = 0;
  let s = 0;
  const slot = new Float64Array(MAX_LINES);
  for (let k = 0; k < cols.chunks.length; k++) {
    const c = cols.chunks[k]!;
    const offset = o.loc.offsets[k]!;
    for (let r = 0; r < c.rowCount; r++) {
      const g = offset + r;
      const pos = readPos[g]!;
      if (pos === NOT_READ) continue;
      // Planner.planBatchEntry on minor units.
      const a = c.costAmountActual[r]!;
      const e = c.costAmountExpected[r]!;
      if (a === 0 && e === 0) continue;
      const ep = c.expectedCostPostedToGL[r]!;
      const expectedCost = c.expectedCost[r] === 1;
      if (!ctx.expectedCostPosting && expectedCost && ep === 0) {
        kinds[g] = SKIPPED;
        skipped.push(g);
        continue;
      }
      const actualDelta = a - c.costPostedToGL[r]!;
      const expectedDelta = ctx.expectedCostPosting ? e - ep : 0;
      if (actualDelta === 0 && expectedDelta === 0) continue;
      const profile = profiles.profileOf(c, r);
      const signs = deltaSigns(expectedDelta, actualDelta);
      const recipe = profiles.recipe(profile, signs) ?? profiles.plan(profile, signs, o.load(c, r));
      const day = c.postingDate[r]!;
      // Check 1 (wrong entry type), a rule/setup/account issue, or (with lines) check 6: skipped.
      if (
        recipe.skips ||
        (profiles.checksExpected(profile) && (expectedCost || e !== 0)) ||
        (recipe.n > 0 && !dates.allowed(day))
      ) {
        kinds[g] = SKIPPED;
        skipped.push(g);
        continue;
      }
      kinds[g] = POSTED;
      posted++;
      marks.set(pos, g, k, r, c.entryNo[r]!, actualDelta !== 0 ? a : NaN, expectedDelta !== 0 ? e : NaN);
      const first = s;
      if (recipe.n > 0) {
        const dim = c.dimensions[r]!;
        const at = buffer.slotsAt(dates.id(dim, day), recipe, dim);
        const slotGroups = buffer.slotGroupsOf;
        const totals = buffer.baseTotals;
        for (let j = 0; j < recipe.slots; j++) slot[j] = 0;
        for (let l = 0; l < recipe.n; l++) {
          const amount = recipe.signs[l]! * (recipe.fromExpected[l] === 1 ? expectedDelta : actualDelta);
          slot[recipe.slotOf[l]!]! += amount;
          totals[recipe.baseIds[l]!]! += amount;
        }
        // The lines of one entry in one group make one share (entry nos. are unique, so per row).
        if (s + 2 * recipe.slots > shares.length) shares = grownF64(shares, s + 2 * recipe.slots);
        for (let j = 0; j < recipe.slots; j++) {
          const group = slotGroups[at + j]!;
          buffer.addShare(group, slot[j]!, pos, dim);
          shares[s] = group;
          shares[s + 1] = slot[j]!;
          s += 2;
        }
      }
      rowShares[2 * g] = first / 2;
      rowShares[2 * g + 1] = (s - first) / 2;
    }
  }
  return { buffer, kinds, rowShares, shares, skipped, posted };
}
