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
  const planner = new Planner(ctx);
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
  let nextNo = nextGLEntryNo(ds);
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
