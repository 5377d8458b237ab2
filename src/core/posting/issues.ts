// Posting problems as reusable "issues" (no entry no. yet), in BC's test-report wording; turned into
// Problems with the value entry's number only when a report or a refusal needs them.
import type { Problem, ProblemCode, Severity } from '../problems';

export interface Issue {
  code: ProblemCode;
  message: string;
  table?: string;
  field?: string;
  value?: string;
  hint?: string;
}

/** Rank of each posting code in domain.md §4's check order (lower = checked first). */
export const CHECK_RANK: Partial<Record<ProblemCode, number>> = {
  'expected-cost-on-wrong-entry-type': 1,
  'posting-combination-not-allowed': 2,
  'variance-type-not-allowed': 2,
  'missing-inventory-posting-setup': 3,
  'missing-general-posting-setup': 3,
  'general-posting-setup-blocked': 4,
  'missing-account': 5,
  'posting-date-not-allowed': 6,
  'unknown-gl-account': 7,
  'gl-account-blocked': 7,
  'gl-account-not-posting': 7,
  'dimension-value-required': 8,
  'dimension-value-mismatch': 8,
  'dimension-not-allowed': 8,
};

export function isDimensionCode(code: ProblemCode): boolean {
  return code === 'dimension-value-required' || code === 'dimension-value-mismatch' || code === 'dimension-not-allowed';
}

export function issueToProblem(issue: Issue, entryNo: number | undefined, severity: Severity = 'error'): Problem {
  const p: Problem = { code: issue.code, severity, message: issue.message };
  const where: Problem['where'] = {};
  if (issue.table !== undefined) where.table = issue.table;
  if (entryNo !== undefined) where.entryNo = entryNo;
  if (issue.field !== undefined) where.field = issue.field;
  if (issue.value !== undefined) where.value = issue.value;
  p.where = where;
  if (issue.hint) p.hint = issue.hint;
  return p;
}
