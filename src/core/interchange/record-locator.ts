// Where a record came from (file and line), so dataset-wide checks can name the place too.
import type { ProblemLocation } from '../problems/problem';
import type { ProblemCollector } from './collector';
import { describeRecord, showValue } from './collector';
import type { ProblemCode } from '../problems/codes';

export interface RecordLocator {
  file(table: string, index: number): string | undefined;
  line(table: string, index: number, field?: string): number | undefined;
}

export const NO_LOCATOR: RecordLocator = { file: () => undefined, line: () => undefined };

/** The full place of one field of one record, for a problem. */
export function placeOf(
  locator: RecordLocator,
  table: string,
  index: number,
  record: { entryNo?: unknown },
  field: string,
  value: unknown,
): ProblemLocation {
  const where: ProblemLocation = { table };
  const file = locator.file(table, index);
  if (file) where.file = file;
  const line = locator.line(table, index, field);
  if (line !== undefined) where.line = line;
  if (typeof record.entryNo === 'number') where.entryNo = record.entryNo;
  where.field = field;
  if (value !== undefined) where.value = showValue(value);
  return where;
}

/** Adds a problem about one field of one record with the standard message. */
export function reportField(
  collector: ProblemCollector,
  locator: RecordLocator,
  at: { table: string; index: number; record: { entryNo?: unknown } },
  field: string,
  value: unknown,
  issue: { code: ProblemCode; reason: string; hint?: string; severity?: 'error' | 'warning' },
): void {
  const where = placeOf(locator, at.table, at.index, at.record, field, value);
  const shown = value === undefined ? '' : ` "${showValue(value)}"`;
  const message = `${describeRecord(where, at.index)}, field ${field}:${shown} ${issue.reason}`;
  collector.add(issue.code, message, where, issue.hint, issue.severity ?? 'error');
}
