// Plans one value entry: the deltas still to post (integer minor units), the account pairs from the
// posting table (interim pair first, then actual), each line's account resolution, and the entry-level
// checks. Line templates are cached per "profile" (entry types × posting groups), so a run over a
// million entries resolves accounts only a handful of times.
import type { ValueEntry } from '../model';
import { toMinorUnits } from '../money';
import { accountTypeOrdinal, type InventoryAccountType } from './account-types';
import type { Issue } from './issues';
import { postingDateAllowed, type PostingContext } from './posting-context';
import { actualRule, expectedRule, type RuleOutcome } from './posting-table';
import { AccountResolver, inventoryPostingGroupFor, type AccountResolution } from './resolve-accounts';

/** The part of the buffer key a line template fixes (everything but date, dimensions and sign). */
export interface KeyBase {
  id: number;
  accountType: InventoryAccountType;
  balAccountType: InventoryAccountType;
  typeOrd: number;
  balOrd: number;
  location: string;
  inventoryPostingGroup: string;
  genBusPostingGroup: string;
  genProdPostingGroup: string;
  accountNo: string;
}

export interface LineTemplate {
  base: KeyBase;
  interim: boolean;
  /** +1 for the pair's account, −1 for its balancing account. */
  sign: 1 | -1;
  res: AccountResolution;
}

interface Profile {
  /** Not-allowed combination or variance type: the entry gets one account-less line. */
  ruleCode: 'posting-combination-not-allowed' | 'variance-type-not-allowed' | null;
  expected: LineTemplate[];
  actual: LineTemplate[];
}

export interface PlannedLine {
  t: LineTemplate;
  /** Signed minor units. */
  amount: number;
}

export interface EntryPlan {
  ve: ValueEntry;
  actualDelta: number;
  expectedDelta: number;
  /** Check 1 (entry level, applies to every line of the entry). */
  wrongTypeIssue: Issue | null;
  /** Check 2 (stop): set when the entry has no lines but one account-less problem line. */
  ruleIssue: Issue | null;
  dateAllowed: boolean;
  /** Lines in buffer-key order within the entry. */
  lines: PlannedLine[];
  /** Check-only lines (automatic posting's "extra check" of the actual accounts); never posted. */
  checkLines: PlannedLine[];
}

const NO_LINES: PlannedLine[] = [];

export type BatchOutcome = EntryPlan | 'not-waiting' | 'expected-cost-not-posted';

function minor(text: string, scale: number): number {
  return text === '0' || text === '' ? 0 : toMinorUnits(text, scale);
}

export function lineIsNegative(l: PlannedLine): boolean {
  return l.amount < 0;
}

/** Buffer-key order of two lines of the same entry (same date, codes and dimensions). */
function compareWithinEntry(a: PlannedLine, b: PlannedLine): number {
  return (
    a.t.base.typeOrd - b.t.base.typeOrd ||
    (a.amount < 0 ? 1 : 0) - (b.amount < 0 ? 1 : 0) ||
    a.t.base.balOrd - b.t.base.balOrd ||
    (a.t.base.accountNo < b.t.base.accountNo ? -1 : a.t.base.accountNo > b.t.base.accountNo ? 1 : 0)
  );
}

function sortSmall(lines: PlannedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const x = lines[i]!;
    let j = i - 1;
    while (j >= 0 && compareWithinEntry(lines[j]!, x) > 0) {
      lines[j + 1] = lines[j]!;
      j--;
    }
    lines[j + 1] = x;
  }
}

type Nested = Map<string, unknown>;

function child(m: Nested, key: string): Nested {
  let next = m.get(key) as Nested | undefined;
  if (!next) {
    next = new Map<string, unknown>();
    m.set(key, next);
  }
  return next;
}

export class Planner {
  readonly resolver: AccountResolver;
  readonly keyBases: KeyBase[] = [];
  private readonly keyBaseIds = new Map<string, number>();
  private readonly profiles: Nested = new Map<string, unknown>();

  constructor(readonly ctx: PostingContext) {
    this.resolver = new AccountResolver(ctx);
  }

  private keyBase(type: InventoryAccountType, bal: InventoryAccountType, ve: ValueEntry, accountNo: string): KeyBase {
    const location = ve.locationCode.toUpperCase();
    const ipg = ve.inventoryPostingGroup.toUpperCase();
    const bus = ve.genBusPostingGroup.toUpperCase();
    const prod = ve.genProdPostingGroup.toUpperCase();
    const k = `${type}\u0001${bal}\u0001${location}\u0001${ipg}\u0001${bus}\u0001${prod}\u0001${accountNo.toUpperCase()}`;
    const id = this.keyBaseIds.get(k);
    if (id !== undefined) return this.keyBases[id]!;
    const base: KeyBase = {
      id: this.keyBases.length,
      accountType: type,
      balAccountType: bal,
      typeOrd: accountTypeOrdinal(type),
      balOrd: accountTypeOrdinal(bal),
      location,
      inventoryPostingGroup: ipg,
      genBusPostingGroup: bus,
      genProdPostingGroup: prod,
      accountNo,
    };
    this.keyBaseIds.set(k, base.id);
    this.keyBases.push(base);
    return base;
  }

  private templates(outcome: RuleOutcome, interim: boolean, ve: ValueEntry): LineTemplate[] {
    if (outcome.kind !== 'pair') return [];
    const { account, balancing } = outcome.pair;
    const resA = this.resolver.resolve(account, ve);
    const resB = this.resolver.resolve(balancing, ve);
    return [
      { base: this.keyBase(account, balancing, ve, resA.accountNo), interim, sign: 1, res: resA },
      { base: this.keyBase(balancing, account, ve, resB.accountNo), interim, sign: -1, res: resB },
    ];
  }

  private profile(ve: ValueEntry): Profile {
    const wipGroup = ve.sourceType === 'Item' ? inventoryPostingGroupFor(this.ctx, ve, 'WIP Inventory') : '';
    // Nested maps instead of one concatenated key: no string allocated per entry.
    let m = child(this.profiles, ve.itemLedgerEntryType);
    m = child(m, ve.entryType);
    m = child(m, ve.varianceType);
    m = child(m, ve.orderType);
    m = child(m, ve.locationCode);
    m = child(m, ve.inventoryPostingGroup);
    m = child(m, wipGroup);
    m = child(m, ve.genBusPostingGroup);
    let p = m.get(ve.genProdPostingGroup) as Profile | undefined;
    if (p) return p;
    const ruleKey = {
      itemLedgerEntryType: ve.itemLedgerEntryType,
      entryType: ve.entryType,
      varianceType: ve.varianceType,
      orderType: ve.orderType,
    };
    const act = actualRule(ruleKey);
    p =
      act.kind === 'not-allowed'
        ? { ruleCode: act.code, expected: [], actual: [] }
        : {
            ruleCode: null,
            expected: this.templates(expectedRule(ruleKey), true, ve),
            actual: this.templates(act, false, ve),
          };
    m.set(ve.genProdPostingGroup, p);
    return p;
  }

  /** Plans an entry with the given deltas (minor units); the caller decided that it posts. */
  plan(ve: ValueEntry, actualDelta: number, expectedDelta: number, withCheckLines = false): EntryPlan {
    const p = this.profile(ve);
    const lines: PlannedLine[] = [];
    let checkLines: PlannedLine[] = NO_LINES;
    if (p.ruleCode === null) {
      if (expectedDelta !== 0) for (const t of p.expected) lines.push({ t, amount: t.sign * expectedDelta });
      if (actualDelta !== 0) for (const t of p.actual) lines.push({ t, amount: t.sign * actualDelta });
      if (lines.length > 1) sortSmall(lines);
      if (withCheckLines && actualDelta === 0) {
        // BC validates the actual accounts at receipt/shipment time: as if actual, with the expected amount or 1.
        const e = toMinorUnits(ve.costAmountExpected || '0', this.ctx.scale);
        const amount = e !== 0 ? e : 1;
        checkLines = p.actual.map((t) => ({ t, amount: t.sign * amount }));
        sortSmall(checkLines);
      }
    }
    return {
      ve,
      actualDelta,
      expectedDelta,
      wrongTypeIssue: wrongTypeIssue(ve, this.ctx.scale),
      ruleIssue: p.ruleCode === null ? null : ruleIssue(p.ruleCode, ve),
      dateAllowed: postingDateAllowed(this.ctx, ve.postingDate),
      lines,
      checkLines,
    };
  }

  /** The batch job's view of an entry: does it wait, and if so its plan. */
  planBatchEntry(ve: ValueEntry): BatchOutcome {
    const s = this.ctx.scale;
    const a = minor(ve.costAmountActual, s);
    const e = minor(ve.costAmountExpected, s);
    if (a === 0 && e === 0) return 'not-waiting';
    const ep = minor(ve.expectedCostPostedToGL, s);
    if (!this.ctx.expectedCostPosting && ve.expectedCost && ep === 0) return 'expected-cost-not-posted';
    const actualDelta = a - minor(ve.costPostedToGL, s);
    const expectedDelta = this.ctx.expectedCostPosting ? e - ep : 0;
    if (actualDelta === 0 && expectedDelta === 0) return 'not-waiting';
    return this.plan(ve, actualDelta, expectedDelta);
  }

  /** Automatic cost posting's view: post the deltas, and check the actual accounts as BC does. */
  planAutomaticEntry(ve: ValueEntry): EntryPlan {
    const s = this.ctx.scale;
    const actualDelta = minor(ve.costAmountActual, s) - minor(ve.costPostedToGL, s);
    const expectedDelta = this.ctx.expectedCostPosting
      ? minor(ve.costAmountExpected, s) - minor(ve.expectedCostPostedToGL, s)
      : 0;
    return this.plan(ve, actualDelta, expectedDelta, true);
  }
}

function wrongTypeIssue(ve: ValueEntry, scale: number): Issue | null {
  if (ve.entryType === 'Direct Cost' || ve.entryType === 'Revaluation') return null;
  if (ve.expectedCost) {
    return {
      code: 'expected-cost-on-wrong-entry-type',
      message: `Expected Cost must be false, if Entry Type is not Direct Cost or Revaluation (value entry ${ve.entryNo} is ${ve.entryType}).`,
      table: 'valueEntries',
      field: 'expectedCost',
      value: 'true',
      hint: 'Only Direct Cost and Revaluation value entries can carry expected cost.',
    };
  }
  if (minor(ve.costAmountExpected, scale) !== 0) {
    return {
      code: 'expected-cost-on-wrong-entry-type',
      message: `Cost Amount (Expected) must be zero, if Entry Type is not Direct Cost or Revaluation (value entry ${ve.entryNo} is ${ve.entryType}).`,
      table: 'valueEntries',
      field: 'costAmountExpected',
      value: ve.costAmountExpected,
      hint: 'Only Direct Cost and Revaluation value entries can carry expected cost.',
    };
  }
  return null;
}

function ruleIssue(code: 'posting-combination-not-allowed' | 'variance-type-not-allowed', ve: ValueEntry): Issue {
  if (code === 'variance-type-not-allowed') {
    return {
      code,
      message: `Variance Type must be Purchase for a Purchase Variance value entry (value entry ${ve.entryNo} has ${ve.varianceType || 'blank'}).`,
      table: 'valueEntries',
      field: 'varianceType',
      value: ve.varianceType,
      hint: 'Purchase variance entries carry Variance Type Purchase.',
    };
  }
  return {
    code,
    message: `The following combination Item Ledger Entry Type = ${ve.itemLedgerEntryType || "' '"}, Entry Type = ${ve.entryType}, and Expected Cost = ${ve.expectedCost ? 'Yes' : 'No'} is not allowed.`,
    table: 'valueEntries',
    field: 'entryType',
    value: `${ve.itemLedgerEntryType}/${ve.entryType}${ve.varianceType ? `/${ve.varianceType}` : ''}`,
    hint: 'See the posting-rules table for the combinations that post.',
  };
}

/** The date issue (check 6) of an entry whose date is outside the allowed range. */
export function postingDateIssue(ctx: PostingContext, date: string): Issue {
  const range = `${ctx.allowFrom ?? ''}..${ctx.allowTo ?? ''}`;
  return {
    code: 'posting-date-not-allowed',
    message: `The Posting Date ${date} is not within your range of allowed posting dates (${range}).`,
    table: 'generalLedgerSetup',
    field: 'allowPostingFrom',
    value: date,
    hint: 'Widen Allow Posting From/To in the General Ledger Setup.',
  };
}
