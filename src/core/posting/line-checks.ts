// The checks of one would-be G/L line in domain.md §4's order, with its stop rules, and the batch
// job's skip decision (the first non-dimension issue of the entry's first problem line).
import type { DimensionSet } from '../model';
import { dimensionIssues } from './dimensions';
import type { Issue } from './issues';
import { postingDateIssue, type EntryPlan } from './plan-value-entry';
import type { PostingContext } from './posting-context';
import type { AccountResolution } from './resolve-accounts';

export interface LineCheckInput {
  /** Check 1 issue of the entry (or of any entry merged into a group line). */
  wrongTypeIssue: Issue | null;
  res: AccountResolution;
  postingDate: string;
  dateAllowed: boolean;
  dimensions: DimensionSet;
}

/** Every issue of a line, checks 1 and 3–8 (check 2 has no line: see EntryPlan.ruleIssue). */
export function lineIssues(ctx: PostingContext, line: LineCheckInput, withDimensions: boolean): Issue[] {
  const issues: Issue[] = [];
  if (line.wrongTypeIssue) issues.push(line.wrongTypeIssue);
  const res = line.res;
  for (const i of res.setupIssues) issues.push(i);
  if (res.stop) return issues;
  if (!line.dateAllowed) issues.push(postingDateIssue(ctx, line.postingDate));
  if (res.accountNo === '') return issues;
  for (const i of res.accountIssues) issues.push(i);
  if (withDimensions) for (const i of dimensionIssues(ctx, res.accountNo, line.dimensions)) issues.push(i);
  return issues;
}

/** Issues of the account-less line of an entry whose combination is not allowed (checks 1–2). */
export function ruleLineIssues(plan: EntryPlan): Issue[] {
  const issues: Issue[] = [];
  if (plan.wrongTypeIssue) issues.push(plan.wrongTypeIssue);
  if (plan.ruleIssue) issues.push(plan.ruleIssue);
  return issues;
}

/** Why the batch job skips this entry, or null when it posts. Dimension rules never skip. */
export function skipIssue(ctx: PostingContext, plan: EntryPlan): Issue | null {
  if (plan.wrongTypeIssue) return plan.wrongTypeIssue;
  if (plan.ruleIssue) return plan.ruleIssue;
  for (const line of plan.lines) {
    const res = line.t.res;
    if (res.setupIssues.length > 0) return res.setupIssues[0]!;
    if (!plan.dateAllowed) return postingDateIssue(ctx, plan.ve.postingDate);
    if (res.accountIssues.length > 0) return res.accountIssues[0]!;
  }
  return null;
}
