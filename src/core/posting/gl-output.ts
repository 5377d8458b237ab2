// Building G/L entries and relations from planned lines, numbering them after the dataset's highest
// entry no., and asserting that every G/L transaction (posting date + document no.) balances.
import type { Dataset, DimensionSet, GLEntry, GLItemLedgerRelation, ValueEntry } from '../model';

export const INVENTORY_POST_COST_SOURCE_CODE = 'INVTPCOST';

const NO_DIMENSIONS: DimensionSet = Object.freeze({});

/** The dimension set G/L lines carry: a copy of the entry's, or one shared frozen empty set. */
export function dimensionsOfLines(dims: DimensionSet): DimensionSet {
  for (const _ in dims) return { ...dims };
  return NO_DIMENSIONS;
}

export function nextGLEntryNo(ds: Dataset): number {
  let max = 0;
  for (const g of ds.glEntries) if (g.entryNo > max) max = g.entryNo;
  return max + 1;
}

/** Per-entry description: `<Entry Type> <Source No.> on <Posting Date>` (ISO date). */
export function perEntryDescription(ve: ValueEntry): string {
  return `${ve.entryType} ${ve.sourceNo} on ${ve.postingDate}`;
}

export function costGLEntry(
  entryNo: number,
  glAccountNo: string,
  postingDate: string,
  documentNo: string,
  description: string,
  amount: string,
  dimensions: DimensionSet,
): GLEntry {
  return {
    entryNo,
    glAccountNo,
    postingDate,
    documentNo,
    description,
    amount,
    sourceCode: INVENTORY_POST_COST_SOURCE_CODE,
    closingDate: false,
    dateCompressed: false,
    dimensions,
  };
}

export function relation(glEntryNo: number, valueEntryNo: number, share: string): GLItemLedgerRelation {
  return { glEntryNo, valueEntryNo, amount: share };
}

/** Tracks the sum per (posting date, document no.) in minor units; assertBalanced throws on a bug. */
export class TransactionBalance {
  private readonly sums = new Map<string, number>();
  private lastKey = '';
  private lastSum = 0;

  add(postingDate: string, documentNo: string, amount: number): void {
    const key = `${postingDate}\u0001${documentNo}`;
    if (key !== this.lastKey) {
      this.flush();
      this.lastKey = key;
      this.lastSum = this.sums.get(key) ?? 0;
    }
    this.lastSum += amount;
  }

  private flush(): void {
    if (this.lastKey !== '') this.sums.set(this.lastKey, this.lastSum);
  }

  assertBalanced(): void {
    this.flush();
    for (const [key, sum] of this.sums) {
      if (sum !== 0)
        throw new Error(`G/L transaction ${key.replace('\u0001', ' ')} does not balance: ${sum} minor units`);
    }
  }
}
