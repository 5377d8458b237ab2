// The posting buffer of "Per Posting Group" (BC table 48): lines merge on (posting date, account type,
// location, invt. posting group, gen. bus., gen. prod., dimension set, negative, bal. account type)
// and come out in that key order — codes ordinal after upper-casing, empty dimension set first.
import type { DimensionSet } from '../model';
import type { KeyBase } from './plan-value-entry';
import type { AccountResolution } from './resolve-accounts';

export interface PostingGroup {
  postingDate: string;
  base: KeyBase;
  /** Resolution of the first line merged here (the same for all but exotic WIP set-ups). */
  res: AccountResolution;
  dimText: string;
  dimensions: DimensionSet;
  negative: boolean;
  /** Minor units. */
  amount: number;
  /** Contributing value entries, in the order they were added, with their shares (minor units). */
  valueEntryNos: number[];
  shares: number[];
  /** The shares formatted ('' when a share was merged and must be formatted again). */
  shareTexts: string[];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fields of a group that order it. */
export type GroupKey = Pick<PostingGroup, 'postingDate' | 'base' | 'dimText' | 'negative'>;

export function compareGroups(a: GroupKey, b: GroupKey): number {
  return (
    cmp(a.postingDate, b.postingDate) ||
    a.base.typeOrd - b.base.typeOrd ||
    cmp(a.base.location, b.base.location) ||
    cmp(a.base.inventoryPostingGroup, b.base.inventoryPostingGroup) ||
    cmp(a.base.genBusPostingGroup, b.base.genBusPostingGroup) ||
    cmp(a.base.genProdPostingGroup, b.base.genProdPostingGroup) ||
    cmp(a.dimText, b.dimText) ||
    (a.negative ? 1 : 0) - (b.negative ? 1 : 0) ||
    a.base.balOrd - b.base.balOrd ||
    // Not in BC's key: keeps WIP lines of different source-item accounts apart.
    cmp(a.base.accountNo.toUpperCase(), b.base.accountNo.toUpperCase())
  );
}

const BASE_SLOTS = 2097152; // 2^21: room for 2^20 key bases × sign

export class PostingBuffer {
  private readonly dateDimIds = new Map<string, number>();
  private readonly groups = new Map<number, PostingGroup>();

  add(
    postingDate: string,
    dimText: string,
    dims: DimensionSet,
    base: KeyBase,
    res: AccountResolution,
    amount: number,
    valueEntryNo: number,
    amountText: string,
  ): void {
    const dd = `${postingDate}\u0001${dimText}`;
    let ddId = this.dateDimIds.get(dd);
    if (ddId === undefined) {
      ddId = this.dateDimIds.size;
      this.dateDimIds.set(dd, ddId);
    }
    const negative = amount < 0;
    const key = ddId * BASE_SLOTS + base.id * 2 + (negative ? 1 : 0);
    let g = this.groups.get(key);
    if (!g) {
      g = {
        postingDate,
        base,
        res,
        dimText,
        dimensions: { ...dims },
        negative,
        amount: 0,
        valueEntryNos: [],
        shares: [],
        shareTexts: [],
      };
      this.groups.set(key, g);
    }
    g.amount += amount;
    const last = g.valueEntryNos.length - 1;
    if (last >= 0 && g.valueEntryNos[last] === valueEntryNo) {
      g.shares[last] = g.shares[last]! + amount;
      g.shareTexts[last] = '';
    } else {
      g.valueEntryNos.push(valueEntryNo);
      g.shares.push(amount);
      g.shareTexts.push(amountText);
    }
  }

  /** The merged lines in buffer-key order. */
  sorted(): PostingGroup[] {
    return [...this.groups.values()].sort(compareGroups);
  }
}
