// The posting buffer (buffer-key.ts) over typed arrays: lines merge into groups on (posting date +
// dimension text, key base, sign), found by integer ids; per group its amount and share count, per key
// base the sum of its lines (the report totals). The shares themselves live with their rows (row-pass.ts).
import { IntTupleIndex } from './int-tuple-index';

export class ColumnarBuffer {
  private readonly index = new IntTupleIndex(2, 4096);
  /** Per group: date-dimension id, key base id, negative, dimension code of its first entry. */
  readonly groupDateDim: number[] = [];
  readonly groupBase: number[] = [];
  readonly groupNegative: boolean[] = [];
  readonly groupDimensions: number[] = [];
  groupAmount = new Float64Array(1024);
  /** Value entries (relations) per group. */
  groupShares = new Uint32Array(1024);
  /** Sum of the lines per key base id (minor units). */
  baseTotals = new Float64Array(64);

  get groups(): number {
    return this.groupBase.length;
  }

  /** Adds a line's amount to its group; returns the group id. */
  add(dateDim: number, baseId: number, amount: number, dimensions: number): number {
    if (baseId >= this.baseTotals.length) this.baseTotals = grownF64(this.baseTotals, baseId + 1);
    this.baseTotals[baseId]! += amount;
    const negative = amount < 0;
    const g = this.index.pair(dateDim, baseId * 2 + (negative ? 1 : 0));
    if (g === this.groupBase.length) this.open(dateDim, baseId, negative, dimensions);
    this.groupAmount[g]! += amount;
    return g;
  }

  private open(dateDim: number, baseId: number, negative: boolean, dimensions: number): void {
    const g = this.groupBase.length;
    this.groupDateDim.push(dateDim);
    this.groupBase.push(baseId);
    this.groupNegative.push(negative);
    this.groupDimensions.push(dimensions);
    if (g === this.groupAmount.length) {
      this.groupAmount = grownF64(this.groupAmount, g + 1);
      const shares = new Uint32Array(this.groupAmount.length);
      shares.set(this.groupShares);
      this.groupShares = shares;
    }
  }
}

export function grownF64(a: Float64Array, atLeast: number) {
  let n = Math.max(1, a.length * 2);
  while (n < atLeast) n *= 2;
  const next = new Float64Array(n);
  next.set(a);
  return next;
}
