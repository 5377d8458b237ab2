// Automatic Cost Posting (item posting's call into codeunit 5802): each new value entry posts per entry
// at once, or — with Automatic Cost Posting off — is only checked. Unlike the batch job, any problem
// (setup, account, date, combination, dimension rule) refuses the whole item transaction.
import { emptyChanges, type Dataset, type DatasetChanges, type ValueEntry } from '../model';
import { fromMinorUnits } from '../money';
import { fail, ok, type Problem, type Result } from '../problems';
import { costGLEntry, nextGLEntryNo, perEntryDescription, relation, TransactionBalance } from './gl-output';
import { CHECK_RANK, issueToProblem } from './issues';
import { lineIssues, ruleLineIssues } from './line-checks';
import { Planner, type EntryPlan } from './plan-value-entry';
import { buildPostingContext, type PostingContext } from './posting-context';

function entryProblems(ctx: PostingContext, plan: EntryPlan): Problem[] {
  const ve = plan.ve;
  if (plan.ruleIssue) return ruleLineIssues(plan).map((i) => issueToProblem(i, ve.entryNo));
  const out: Problem[] = [];
  for (const line of [...plan.lines, ...plan.checkLines]) {
    const issues = lineIssues(
      ctx,
      {
        wrongTypeIssue: plan.wrongTypeIssue,
        res: line.t.res,
        postingDate: ve.postingDate,
        dateAllowed: plan.dateAllowed,
        dimensions: ve.dimensions,
      },
      true,
    );
    for (const i of issues) out.push(issueToProblem(i, ve.entryNo));
  }
  if (out.length === 0 && plan.wrongTypeIssue) out.push(issueToProblem(plan.wrongTypeIssue, ve.entryNo));
  return out;
}

/** All problems once each (same code and message), stably ordered by domain.md §4's check order. */
function inCheckOrder(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const k = `${p.code}\u0001${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (CHECK_RANK[a.p.code] ?? 99) - (CHECK_RANK[b.p.code] ?? 99) || a.i - b.i)
    .map((x) => x.p);
}

/** Setup a posting context depends on: when any of these objects is replaced, the context is rebuilt. */
function setupRefs(ds: Dataset): readonly unknown[] {
  return [
    ds.inventoryPostingSetup,
    ds.generalPostingSetup,
    ds.glAccounts,
    ds.defaultDimensions,
    ds.items,
    ds.items.length,
    ds.generalLedgerSetup,
    ds.generalLedgerSetup.amountRoundingPrecision,
    ds.generalLedgerSetup.allowPostingFrom,
    ds.generalLedgerSetup.allowPostingTo,
    ds.inventorySetup,
    ds.inventorySetup.expectedCostPostingToGL,
  ];
}

/**
 * Automatic Cost Posting for a long session (the costing engine): the posting context, its account
 * resolutions and the next G/L entry no. are kept between calls instead of rebuilt from the dataset.
 * Setup replaced (or changed in its watched fields) rebuilds the context; call invalidate() after
 * editing setup rows in place.
 */
export class AutomaticPoster {
  private refs: readonly unknown[] = [];
  private ctx: PostingContext | null = null;
  private planner: Planner | null = null;
  /** Highest G/L entry no. among the first `glSeen` entries of the dataset. */
  private glSeen = 0;
  private glMax = 0;

  constructor(private readonly ds: Dataset) {}

  invalidate(): void {
    this.ctx = null;
    this.planner = null;
    this.glSeen = 0;
    this.glMax = 0;
  }

  private context(): { ctx: PostingContext; planner: Planner } {
    const refs = setupRefs(this.ds);
    if (!this.ctx || !this.planner || refs.some((r, i) => r !== this.refs[i])) {
      this.ctx = buildPostingContext(this.ds);
      this.planner = new Planner(this.ctx);
      this.refs = refs;
    }
    return { ctx: this.ctx, planner: this.planner };
  }

  /** Next G/L entry no.: only entries appended since the last call are scanned (a shrink rescans). */
  private nextGLEntryNo(): number {
    const gl = this.ds.glEntries;
    if (gl.length < this.glSeen) this.invalidate();
    for (let i = this.glSeen; i < gl.length; i++) if (gl[i]!.entryNo > this.glMax) this.glMax = gl[i]!.entryNo;
    this.glSeen = gl.length;
    return this.glMax + 1;
  }

  /** As postValueEntriesToGL. */
  post(valueEntries: ValueEntry[], options: { checkOnly: boolean }): Result<DatasetChanges> {
    const { ctx, planner } = this.context();
    return postWith(ctx, planner, valueEntries, options, () => this.nextGLEntryNo());
  }
}

/**
 * Posts (checkOnly = false) or only checks (checkOnly = true) new value entries, in the given order.
 * G/L entry numbers continue from the dataset's highest: apply the changes before the next call.
 * The value entries may be new (not yet in the dataset): the returned watermarks name them.
 */
export function postValueEntriesToGL(
  ds: Dataset,
  valueEntries: ValueEntry[],
  options: { checkOnly: boolean },
): Result<DatasetChanges> {
  const ctx = buildPostingContext(ds);
  return postWith(ctx, new Planner(ctx), valueEntries, options, () => nextGLEntryNo(ds));
}

function postWith(
  ctx: PostingContext,
  planner: Planner,
  valueEntries: ValueEntry[],
  options: { checkOnly: boolean },
  firstGLEntryNo: () => number,
): Result<DatasetChanges> {
  const plans: EntryPlan[] = [];
  const problems: Problem[] = [];
  for (const ve of valueEntries) {
    if (!ve.inventoriable) continue;
    const plan = planner.planAutomaticEntry(ve);
    plans.push(plan);
    for (const p of entryProblems(ctx, plan)) problems.push(p);
  }
  if (problems.length > 0) return fail(inCheckOrder(problems));
  const changes = emptyChanges();
  if (options.checkOnly) return ok(changes);

  const scale = ctx.scale;
  const balance = new TransactionBalance();
  let nextNo = firstGLEntryNo();
  for (const plan of plans) {
    const ve = plan.ve;
    if (plan.actualDelta !== 0 || plan.expectedDelta !== 0) {
      const w: DatasetChanges['watermarks'][number] = { valueEntryNo: ve.entryNo };
      if (plan.actualDelta !== 0) w.costPostedToGL = ve.costAmountActual;
      if (plan.expectedDelta !== 0) w.expectedCostPostedToGL = ve.costAmountExpected;
      changes.watermarks.push(w);
    }
    if (plan.lines.length === 0) continue;
    const description = perEntryDescription(ve);
    const dims = { ...ve.dimensions };
    for (const l of plan.lines) {
      const no = nextNo++;
      const amount = fromMinorUnits(l.amount, scale);
      changes.glEntries.push(
        costGLEntry(no, l.t.base.accountNo, ve.postingDate, ve.documentNo, description, amount, dims),
      );
      changes.glItemLedgerRelations.push(relation(no, ve.entryNo, amount));
      balance.add(ve.postingDate, ve.documentNo, l.amount);
    }
  }
  balance.assertBalanced();
  return ok(changes);
}
