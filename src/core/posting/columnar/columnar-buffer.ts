// The posting buffer (buffer-key.ts) over typed arrays: lines merge into groups on (posting date +
// dimension text, key base, sign), found by integer ids; per group its amount and share count, per key
// base the sum of its lines (the report totals). The shares themselves live with their rows (row-pass.ts).
import type { LineRecipe } from './entry-profiles';
import { IntTupleIndex } from './int-tuple-index';

/** Most lines an entry has (an expected and an actual pair). */
export const MAX_LINES = 4;

export class ColumnarBuffer {
  private readonly index = new IntTupleIndex(2, 4096);
  /** Per group: date-dimension id, key base id, negative, and the dimension code of its first entry read. */
  readonly groupDateDim: number[] = [];
  readonly groupBase: number[] = [];
  readonly groupNegative: boolean[] = [];
  readonly groupDimensions: number[] = [];
  private groupFirstRead = new Float64Array(1024);
  groupAmount = new Float64Array(1024);
  /** Value entries (relations) per group. */
  groupShares = new Uint32Array(1024);
  /** Sum of the lines per key base id (minor units). */
  baseTotals = new Float64Array(64);
  /** The groups of a recipe's share slots on a date-dimension id, MAX_LINES cells per pair. */
  private readonly slotIndex = new IntTupleIndex(2, 4096);
  private slotGroups = new Int32Array(4096 * MAX_LINES);
  private slotsKnown = 0;

  get groups(): number {
    return this.groupBase.length;
  }

  /** Where the groups of `recipe`'s share slots on `dateDim` start in slotGroupsOf(). */
  slotsAt(dateDim: number, recipe: LineRecipe, dimensions: number): number {
    const id = this.slotIndex.pair(dateDim, recipe.id);
    const at = id * MAX_LINES;
    if (id < this.slotsKnown) return at;
    this.slotsKnown++;
    if (at + MAX_LINES > this.slotGroups.length) {
      const next = new Int32Array(this.slotGroups.length * 2);
      next.set(this.slotGroups);
      this.slotGroups = next;
    }
    for (let l = 0; l < recipe.n; l++) {
      const group = this.group(dateDim, recipe.baseIds[l]!, recipe.negative[l] === 1, dimensions);
      this.slotGroups[at + recipe.slotOf[l]!] = group;
    }
    return at;
  }

  get slotGroupsOf(): Int32Array {
    return this.slotGroups;
  }

  /** Adds one entry's share to a group; `readPos` decides whose dimension set the group carries. */
  addShare(group: number, amount: number, readPos: number, dimensions: number): void {
    this.groupAmount[group]! += amount;
    this.groupShares[group]!++;
    if (readPos < this.groupFirstRead[group]!) {
      this.groupFirstRead[group] = readPos;
      this.groupDimensions[group] = dimensions;
    }
  }

  private group(dateDim: number, baseId: number, negative: boolean, dimensions: number): number {
    if (baseId >= this.baseTotals.length) this.baseTotals = grownF64(this.baseTotals, baseId + 1);
    const g = this.index.pair(dateDim, baseId * 2 + (negative ? 1 : 0));
    if (g < this.groupBase.length) return g;
    this.groupDateDim.push(dateDim);
    this.groupBase.push(baseId);
    this.groupNegative.push(negative);
    this.groupDimensions.push(dimensions);
    if (g === this.groupAmount.length) {
      this.groupAmount = grownF64(this.groupAmount, g + 1);
      this.groupFirstRead = grownF64(this.groupFirstRead, g + 1);
      const shares = new Uint32Array(this.groupAmount.length);
      shares.set(this.groupShares);
      this.groupShares = shares;
    }
    this.groupFirstRead[g] = Infinity;
    return g;
  }
}

export function grownF64(a: Float64Array, atLeast: number) {
  let n = Math.max(1, a.length * 2);
  while (n < atLeast) n *= 2;
  const next = new Float64Array(n);
  next.set(a);
  return next;
}
