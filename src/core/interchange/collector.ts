// Collects an import's problems: every one, with its place; errors beyond a cap are counted,
// not stored, so a million bad rows cannot exhaust memory.
import type { ProblemCode } from '../problems/codes';
import { problem, type Problem, type ProblemLocation, type Severity } from '../problems/problem';

export const DEFAULT_MAX_ERRORS = 10_000;

export class ProblemCollector {
  readonly problems: Problem[] = [];
  errorCount = 0;
  private omitted = 0;

  constructor(private readonly maxErrors = DEFAULT_MAX_ERRORS) {}

  add(code: ProblemCode, message: string, where: ProblemLocation, hint?: string, severity: Severity = 'error'): void {
    if (severity === 'error') {
      this.errorCount++;
      if (this.errorCount > this.maxErrors) {
        this.omitted++;
        return;
      }
    }
    this.problems.push(problem(code, message, where, hint, severity));
  }

  warn(code: ProblemCode, message: string, where: ProblemLocation, hint?: string): void {
    this.add(code, message, where, hint, 'warning');
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** All problems, plus one summary when errors were left out. */
  finish(): Problem[] {
    if (this.omitted > 0) {
      this.problems.push(
        problem(
          'too-many-problems',
          `${this.omitted} more errors were found but not listed`,
          {},
          'fix the errors listed and import again',
        ),
      );
    }
    return this.problems;
  }
}

/** `value-entries.csv line 118` / `valueEntries entry no. 7` / `items record 3` — the place of a record. */
export function describeRecord(where: ProblemLocation, index?: number): string {
  const parts: string[] = [where.file ?? where.table ?? 'dataset'];
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  else if (where.entryNo !== undefined) parts.push(`entry no. ${where.entryNo}`);
  else if (index !== undefined) parts.push(`record ${index + 1}`);
  return parts.join(' ');
}

/** Shows a raw value in a message: strings quoted, long ones cut. */
export function showValue(raw: unknown): string {
  let s: string;
  if (typeof raw === 'string') s = raw;
  else if (raw === undefined) s = '';
  else if (typeof raw === 'object' && raw !== null) s = JSON.stringify(raw);
  else if (typeof raw === 'number' || typeof raw === 'boolean') s = String(raw);
  else s = raw === null ? 'null' : typeof raw;
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
