// The posting buffer (buffer-key.ts) over typed arrays: lines merge on (posting date + dimension text,
// key base, sign) found by integer ids; each group keeps its value-entry shares in the order added, the
// lines of one entry that land in one group merged into one share. Report totals are summed per key base.
import { IntTupleIndex } from './int-tuple-index';

export class ColumnarBuffer {
  private readonly index = new IntTupleIndex(2, 4096);
  /** Per group: date-dimension id, key base id, negative, dimension code of its first entry. */
  readonly groupDateDim: number[] = [];
  readonly groupBase: number[] = [];
  readonly groupNegative: boolean[] = [];
  readonly groupDimensions: number[] = [];
  groupAmount = new Float64Array(1024);
  private groupLastShare = new Int32Array(1024);
  /** Per share: group, value entry no., amount (minor units). */
  shareGroup: Uint32Array;
  shareEntryNo: Float64Array;
  shareAmount: Float64Array;
  shares = 0;
  /** Sum of the lines per key base id (minor units). */
  baseTotals = new Float64Array(64);

  constructor(expectedShares: number) {
    const n = Math.max(1024, expectedShares);
    this.shareGroup = new Uint32Array(n);
    this.shareEntryNo = new Float64Array(n);
    this.shareAmount = new Float64Array(n);
  }

  get groups(): number {
    return this.groupBase.length;
  }

  add(dateDim: number, baseId: number, amount: number, entryNo: number, dimensions: number): void {
    if (baseId >= this.baseTotals.length) this.baseTotals = grownF64(this.baseTotals, baseId + 1);
    this.baseTotals[baseId]! += amount;
    const negative = amount < 0;
    const g = this.index.pair(dateDim, baseId * 2 + (negative ? 1 : 0));
    if (g === this.groupBase.length) this.open(dateDim, baseId, negative, dimensions);
    this.groupAmount[g]! += amount;
    const last = this.groupLastShare[g]!;
    if (last >= 0 && this.shareEntryNo[last] === entryNo) {
      this.shareAmount[last]! += amount;
      return;
    }
    if (this.shares === this.shareGroup.length) this.growShares();
    const s = this.shares++;
    this.groupLastShare[g] = s;
    this.shareGroup[s] = g;
    this.shareEntryNo[s] = entryNo;
    this.shareAmount[s] = amount;
  }

  private open(dateDim: number, baseId: number, negative: boolean, dimensions: number): void {
    const g = this.groupBase.length;
    this.groupDateDim.push(dateDim);
    this.groupBase.push(baseId);
    this.groupNegative.push(negative);
    this.groupDimensions.push(dimensions);
    if (g === this.groupAmount.length) {
      this.groupAmount = grownF64(this.groupAmount, g * 2);
      const last = new Int32Array(g * 2);
      last.set(this.groupLastShare);
      this.groupLastShare = last;
    }
    this.groupLastShare[g] = -1;
  }

  private growShares(): void {
    const n = this.shareGroup.length * 2;
    const group = new Uint32Array(n);
    group.set(this.shareGroup);
    this.shareGroup = group;
    this.shareEntryNo = grownF64(this.shareEntryNo, n);
    this.shareAmount = grownF64(this.shareAmount, n);
  }
}

function grownF64(a: Float64Array, atLeast: number) {
  let n = a.length * 2;
  while (n < atLeast) n *= 2;
  const next = new Float64Array(n);
  next.set(a);
  return next;
}
