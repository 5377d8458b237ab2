// The planner's answer per code tuple: every field Planner.plan reads for an entry's lines is a
// dictionary code in the chunk, so each distinct tuple (and sign of the two deltas) is planned once
// through the row path and its lines replayed as a recipe for every other row with the same codes.
import type { ValueEntry } from '../../model';
import type { PostingContext } from '../posting-context';
import type { Planner } from '../plan-value-entry';
import type { PostingChunk, PostingEntryColumns } from './entry-columns';
import { IntTupleIndex } from './int-tuple-index';

/** An entry's G/L lines for one profile and one sign of each delta, in the planner's order. */
export interface LineRecipe {
  /** Dense id (profile × 9 + delta signs). */
  id: number;
  n: number;
  baseIds: Int32Array;
  /** +1 for the pair's account, −1 for its balancing account. */
  signs: Int8Array;
  /** 1 when the line posts the expected delta, 0 the actual one. */
  fromExpected: Uint8Array;
  /** 1 when the line's amount is negative (the buffer key's sign). */
  negative: Uint8Array;
  /** The entry's share each line goes to: lines with the same key base and sign share a group. */
  slotOf: Uint8Array;
  slots: number;
  /** A rule, setup or G/L account issue on the entry or one of these lines: the entry is skipped. */
  skips: boolean;
}

const UNKNOWN = -2;
const NONE = -1;

/** 0..8 from the signs of the expected and actual deltas. */
export function deltaSigns(expectedDelta: number, actualDelta: number): number {
  return (expectedDelta > 0 ? 2 : expectedDelta < 0 ? 0 : 1) * 3 + (actualDelta > 0 ? 2 : actualDelta < 0 ? 0 : 1);
}

const REPRESENTATIVE = [-1, 0, 1];

export class EntryProfiles {
  private readonly tuples = new IntTupleIndex(9, 256);
  private readonly recipes: (LineRecipe | undefined)[] = [];
  /** Per profile: Direct Cost or Revaluation (the only entry types that may carry expected cost). */
  private readonly carriesExpected: boolean[] = [];
  private readonly strings: readonly string[];
  private readonly upperIds: Int32Array;
  private readonly upperIdOf = new Map<string, number>();
  private readonly sourceGroups: Int32Array;
  private readonly groupIdOf = new Map<string, number>();
  private readonly isItemSource: Int32Array;

  constructor(
    private readonly ctx: PostingContext,
    cols: PostingEntryColumns,
    private readonly planner: Planner,
  ) {
    this.strings = cols.strings;
    const n = cols.strings.length;
    this.upperIds = new Int32Array(n).fill(UNKNOWN);
    this.sourceGroups = new Int32Array(n).fill(UNKNOWN);
    this.isItemSource = new Int32Array(n).fill(UNKNOWN);
  }

  private upperId(code: number): number {
    let id = this.upperIds[code]!;
    if (id === UNKNOWN) {
      const upper = this.strings[code]!.toUpperCase();
      id = this.upperIdOf.get(upper) ?? this.upperIdOf.size;
      this.upperIdOf.set(upper, id);
      this.upperIds[code] = id;
    }
    return id;
  }

  /** Id of the source item's inventory posting group, NONE when no item has this no. */
  private sourceGroup(code: number): number {
    let id = this.sourceGroups[code]!;
    if (id === UNKNOWN) {
      const group = this.ctx.itemPostingGroups.get(this.strings[code]!.toUpperCase());
      if (group === undefined) id = NONE;
      else {
        id = this.groupIdOf.get(group) ?? this.groupIdOf.size;
        this.groupIdOf.set(group, id);
      }
      this.sourceGroups[code] = id;
    }
    return id;
  }

  /**
   * The WIP account's group when it is not the entry's own (inventoryPostingGroupFor: a source item
   * other than the item), else NONE.
   */
  private wipOverride(c: PostingChunk, r: number): number {
    const st = c.sourceType[r]!;
    let item = this.isItemSource[st]!;
    if (item === UNKNOWN) {
      item = this.strings[st] === 'Item' ? 1 : 0;
      this.isItemSource[st] = item;
    }
    if (item === 0) return NONE;
    const src = c.sourceNo[r]!;
    const group = this.sourceGroup(src);
    if (group === NONE || this.upperId(src) === this.upperId(c.itemNo[r]!)) return NONE;
    return group;
  }

  /** Profile id of row `r`: equal ids plan to the same lines. */
  profileOf(c: PostingChunk, r: number): number {
    const p = this.tuples.probe;
    p[0] = c.itemLedgerEntryType[r]!;
    p[1] = c.entryType[r]!;
    p[2] = c.varianceType[r]!;
    p[3] = c.orderType[r]!;
    p[4] = c.locationCode[r]!;
    p[5] = c.inventoryPostingGroup[r]!;
    p[6] = c.genBusPostingGroup[r]!;
    p[7] = c.genProdPostingGroup[r]!;
    p[8] = this.wipOverride(c, r);
    const id = this.tuples.id();
    if (id === this.carriesExpected.length) {
      const et = this.strings[p[1]]!;
      this.carriesExpected.push(et === 'Direct Cost' || et === 'Revaluation');
    }
    return id;
  }

  /** Check 1 could fire: the entry type may not carry expected cost. */
  checksExpected(profile: number): boolean {
    return !this.carriesExpected[profile]!;
  }

  /** The recipe of a profile and delta signs, if planned already. */
  recipe(profile: number, signs: number): LineRecipe | undefined {
    return this.recipes[profile * 9 + signs];
  }

  /** Plans `ve` (a row of this profile, loaded) with representative deltas of the given signs. */
  plan(profile: number, signs: number, ve: ValueEntry): LineRecipe {
    const plan = this.planner.plan(ve, REPRESENTATIVE[signs % 3]!, REPRESENTATIVE[Math.floor(signs / 3)]!);
    const n = plan.lines.length;
    const recipe: LineRecipe = {
      id: profile * 9 + signs,
      n,
      baseIds: new Int32Array(n),
      signs: new Int8Array(n),
      fromExpected: new Uint8Array(n),
      negative: new Uint8Array(n),
      slotOf: new Uint8Array(n),
      slots: 0,
      skips: plan.ruleIssue !== null,
    };
    plan.lines.forEach((l, i) => {
      recipe.baseIds[i] = l.t.base.id;
      recipe.signs[i] = l.t.sign;
      recipe.fromExpected[i] = l.t.interim ? 1 : 0;
      recipe.negative[i] = l.amount < 0 ? 1 : 0;
      let j = 0;
      while (j < i && (recipe.baseIds[j] !== recipe.baseIds[i] || recipe.negative[j] !== recipe.negative[i])) j++;
      recipe.slotOf[i] = j < i ? recipe.slotOf[j]! : recipe.slots++;
      if (l.t.res.setupIssues.length > 0 || l.t.res.accountIssues.length > 0) recipe.skips = true;
    });
    this.recipes[profile * 9 + signs] = recipe;
    return recipe;
  }
}
