// Checks one step's `expect` against what the step produced, key by key (scenario-format.md
// "Expectations"), writing every mismatch to the log.
import type { Dataset, GLEntry, GLItemLedgerRelation } from '../model';
import { parseDecimal, ZERO, formatPlain } from '../money';
import { isPlainObject } from '../setup';
import { compareAmount, compareFields, compareList, compareValue, show, type MismatchLog } from './compare';
import { glBalances, glEntryView, inventoryView, itemLedgerEntryView, type CreatedEntries } from './ledger-views';
import type { OutcomeMatrix, OutcomeTestReportLine, StepExpect, StepOutcome } from './types';

export interface StepResult {
  dataset: Dataset;
  outcome: StepOutcome;
  created: CreatedEntries;
  /** True when the dataset after the step deep-equals the one before. */
  datasetUnchanged: boolean;
}

type Records = Record<string, unknown>[];

/** The refusal's codes; that a refused step left the dataset unchanged is a runner invariant. */
function checkProblems(log: MismatchLog, expected: { code: string }[], r: StepResult): void {
  const actual = r.outcome.problems ?? [];
  if (actual.length === 0) {
    log.note('problems', `expected refusal with ${show(expected.map((p) => p.code))}, but the step succeeded`);
  } else {
    compareList(log, 'problems', expected, actual, (path, e, a) => compareFields(log, path, e, a));
  }
}

function checkGLEntries(log: MismatchLog, expected: Records, r: StepResult): void {
  const entries: GLEntry[] = r.outcome.preview?.glEntries ?? r.created.glEntries;
  const relations: GLItemLedgerRelation[] = r.outcome.preview?.relations ?? r.created.relations;
  const views = [...entries].sort((a, b) => a.entryNo - b.entryNo).map((e) => glEntryView(e, relations));
  compareList(log, 'glEntries', expected, views, (path, e, a) => compareFields(log, path, e, a));
}

function checkProduced<T>(log: MismatchLog, key: string, value: T | undefined, check: (value: T) => void): void {
  if (value === undefined) log.note(key, 'the action does not produce this');
  else check(value);
}

function checkAmountMap(
  log: MismatchLog,
  key: string,
  expected: Record<string, string>,
  actual: (name: string) => string | undefined,
): void {
  for (const [name, amount] of Object.entries(expected)) compareAmount(log, `${key}.${name}`, amount, actual(name));
}

/** Test report lines with problems; `glAccountNo` left out means no account resolved. */
function checkTestReport(log: MismatchLog, expected: Records, lines: readonly OutcomeTestReportLine[]): void {
  const withProblems = lines.filter((l) => l.problems.length > 0);
  compareList(log, 'testReport', expected, withProblems, (path, e, raw) => {
    const line = raw as OutcomeTestReportLine;
    if ('valueEntryNo' in e)
      compareValue(log, `${path}.valueEntryNo`, 'valueEntryNo', e.valueEntryNo, line.valueEntryNo);
    if ('valueEntryNos' in e) {
      const nos = line.valueEntryNos ? [...line.valueEntryNos].sort((a, b) => a - b) : undefined;
      compareValue(log, `${path}.valueEntryNos`, 'valueEntryNos', e.valueEntryNos, nos);
    }
    const account = line.glAccountNo === '' ? undefined : line.glAccountNo;
    if (e.glAccountNo !== account) log.differ(`${path}.glAccountNo`, e.glAccountNo, account);
    if ('codes' in e) {
      compareValue(
        log,
        `${path}.codes`,
        'codes',
        e.codes,
        line.problems.map((p) => p.code),
      );
    }
  });
}

function checkMatrix(log: MismatchLog, expected: NonNullable<StepExpect['matrix']>, matrix: OutcomeMatrix): void {
  const cells = expected.cells ?? {};
  const rows = new Set(matrix.rows);
  const columns = new Set(matrix.columns);
  for (const [key, amount] of Object.entries(cells)) {
    const [row = '', column = ''] = key.split('|');
    if (!(key in matrix.cells) && !(rows.has(row) && columns.has(column))) {
      log.note(`matrix.${key}`, `no such cell (expected ${amount})`);
      continue;
    }
    compareAmount(log, `matrix.${key}`, amount, matrix.cells[key] ?? '0');
  }
  if (expected.exhaustive !== true) return;
  for (const [key, amount] of Object.entries(matrix.cells)) {
    if (key in cells || key.startsWith('Warning|') || key.endsWith('|Warning')) continue;
    if (!compareZero(amount)) log.differ(`matrix.${key}`, '0', amount);
  }
}

/** True when the amount is zero; a non-decimal text counts as not zero, so it gets reported. */
function compareZero(amount: string): boolean {
  return parseDecimal(amount === '' ? '0' : amount)?.isZero() ?? false;
}

function causeKey(c: Record<string, unknown>): string {
  const amount = typeof c.amount === 'string' ? c.amount : show(c.amount);
  // Amounts compare as decimals; a non-decimal amount stays as written, so it cannot match by accident.
  return `${show(c.field)} ${show(c.code)} ${parseDecimal(amount) ? formatPlain(amount) : amount}`;
}

/** Every non-zero cause, any order: a multiset of (field, code, amount). */
function checkCauses(log: MismatchLog, expected: Records, matrix: OutcomeMatrix): void {
  const remaining = new Map<string, number>();
  for (const c of matrix.causes) {
    if (compareZero(c.amount)) continue;
    const key = causeKey(c);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  for (const c of expected) {
    const key = causeKey(c);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else log.note('causes', `missing ${key}`);
  }
  for (const [key, left] of remaining) for (let i = 0; i < left; i++) log.note('causes', `unexpected ${key}`);
}

export function checkExpectations(log: MismatchLog, expect: StepExpect, r: StepResult): void {
  const { outcome, dataset, created } = r;
  if (expect.problems) checkProblems(log, expect.problems, r);
  if (expect.itemLedgerEntries) {
    const views = created.itemLedgerEntries.map((e) => itemLedgerEntryView(e, dataset.valueEntries));
    compareList(log, 'itemLedgerEntries', expect.itemLedgerEntries, views, (p, e, a) => compareFields(log, p, e, a));
  }
  if (expect.valueEntries) {
    compareList(log, 'valueEntries', expect.valueEntries, created.valueEntries, (p, e, a) =>
      compareFields(log, p, e, a),
    );
  }
  if (expect.glEntries) checkGLEntries(log, expect.glEntries, r);
  if (expect.skipped) {
    const expected = expect.skipped;
    checkProduced(log, 'skipped', outcome.skipped, (s) =>
      compareList(log, 'skipped', expected, s, (p, e, a) => compareFields(log, p, e, a)),
    );
  }
  if (expect.reportTotals) {
    const expected = expect.reportTotals;
    checkProduced(log, 'reportTotals', outcome.reportTotals, (t) =>
      checkAmountMap(log, 'reportTotals', expected, (k) => t[k]),
    );
  }
  if (expect.testReport) {
    const expected = expect.testReport;
    checkProduced(log, 'testReport', outcome.testReport, (lines) => checkTestReport(log, expected, lines));
  }
  if (expect.glBalances) {
    const balances = glBalances(dataset);
    checkAmountMap(log, 'glBalances', expect.glBalances, (account) => formatPlain(balances.get(account) ?? ZERO));
  }
  if (expect.inventory) {
    for (const [key, fields] of Object.entries(expect.inventory)) {
      if (isPlainObject(fields)) compareFields(log, `inventory.${key}`, fields, inventoryView(dataset, key));
    }
  }
  if (expect.matrix) {
    const expected = expect.matrix;
    checkProduced(log, 'matrix', outcome.matrix, (m) => checkMatrix(log, expected, m));
  }
  if (expect.causes) {
    const expected = expect.causes;
    checkProduced(log, 'causes', outcome.matrix, (m) => checkCauses(log, expected, m));
  }
}
