// Errors are data: a Problem names its code, place and value; a Result carries value or problems.
import type { ProblemCode } from './codes';

export type Severity = 'error' | 'warning';

export interface ProblemLocation {
  file?: string;
  table?: string;
  line?: number;
  column?: number;
  field?: string;
  entryNo?: number;
  value?: string;
}

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  hint?: string;
  where?: ProblemLocation;
}

export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function ok<T>(value: T, warnings: Problem[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function fail<T = never>(problems: Problem[]): Result<T> {
  return { ok: false, problems };
}

export function problem(
  code: ProblemCode,
  message: string,
  where?: ProblemLocation,
  hint?: string,
  severity: Severity = 'error',
): Problem {
  const p: Problem = { code, severity, message };
  if (where) p.where = where;
  if (hint) p.hint = hint;
  return p;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** "value-entries.csv line 118, field costAmountActual" — the place part of a message. */
export function describeLocation(where: ProblemLocation | undefined): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  else if (where.table) parts.push(where.table);
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.entryNo !== undefined) parts.push(`entry no. ${where.entryNo}`);
  if (where.field) parts.push(`field ${where.field}`);
  return parts.join(', ');
}
