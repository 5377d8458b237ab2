// Reads a scenario file (JSON text or parsed object): envelope, version, steps, expectation keys,
// and the embedded dataset. Every problem found is returned; a newer version is refused.
import { isIsoDate } from '../dates';
import { findJsonSyntaxError, lineAndColumn } from '../interchange/json-syntax';
import { fail, ok, problem, type Problem, type Result } from '../problems';
import { isPlainObject } from '../setup';
import { isActionName } from './action-names';
import { loadScenarioDataset } from './load-dataset';
import { EXPECT_KEYS, SCENARIO_FORMAT, SCENARIO_VERSION, type Scenario, type ScenarioStep } from './types';

export interface ParseOptions {
  /** The file name, for messages. */
  file?: string;
}

export function parseScenarioText(text: string, options: ParseOptions = {}): Result<Scenario> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail([problem('file-empty', 'the scenario file is empty', { file: options.file })]);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const found = findJsonSyntaxError(body) ?? { offset: 0, reason: 'not valid JSON' };
    const { line, column } = lineAndColumn(body, found.offset);
    return fail([
      problem('json-syntax-error', `not valid JSON: ${found.reason} (column ${column})`, {
        file: options.file,
        line,
        column,
      }),
    ]);
  }
  return parseScenario(raw, options);
}

function checkEnvelope(raw: Record<string, unknown>, file: string | undefined): Problem[] {
  if (raw.format !== SCENARIO_FORMAT) {
    return [
      problem('format-unknown', `not a Costbook scenario (format must be "${SCENARIO_FORMAT}")`, {
        file,
        field: 'format',
        value: JSON.stringify(raw.format ?? null),
      }),
    ];
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return [
      problem('value-invalid', 'version must be a whole number ≥ 1', {
        file,
        field: 'version',
        value: JSON.stringify(version ?? null),
      }),
    ];
  }
  if (version > SCENARIO_VERSION) {
    return [
      problem(
        'format-version-too-new',
        `scenario version ${version} is newer than this Costbook reads (${SCENARIO_VERSION})`,
        { file, field: 'version', value: String(version) },
        'Update Costbook to run this scenario.',
      ),
    ];
  }
  return [];
}

function checkStep(raw: unknown, index: number, file: string | undefined): Problem[] {
  const where = { file, line: index + 1 };
  if (!isPlainObject(raw)) return [problem('value-invalid', `step ${index + 1} must be an object`, where)];
  const problems: Problem[] = [];
  const action = raw.action;
  if (typeof action !== 'string') {
    problems.push(problem('field-required', `step ${index + 1} has no action`, { ...where, field: 'action' }));
  } else if (!isActionName(action)) {
    problems.push(
      problem('value-invalid', `step ${index + 1}: unknown action ${action}`, {
        ...where,
        field: 'action',
        value: action,
      }),
    );
  }
  const expect = raw.expect;
  if (expect === undefined) return problems;
  if (!isPlainObject(expect)) {
    problems.push(
      problem('value-invalid', `step ${index + 1}: expect must be an object`, { ...where, field: 'expect' }),
    );
    return problems;
  }
  for (const key of Object.keys(expect)) {
    if (!(EXPECT_KEYS as readonly string[]).includes(key)) {
      problems.push(
        problem('field-unknown', `step ${index + 1}: unknown expectation ${key}`, { ...where, field: `expect.${key}` }),
      );
    }
  }
  return problems;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function parseScenario(raw: unknown, options: ParseOptions = {}): Result<Scenario> {
  const file = options.file;
  if (!isPlainObject(raw)) return fail([problem('format-unknown', 'a scenario file holds one JSON object', { file })]);
  const envelope = checkEnvelope(raw, file);
  if (envelope.length > 0) return fail(envelope);

  const problems: Problem[] = [];
  if (typeof raw.title !== 'string' || raw.title.trim() === '') {
    problems.push(problem('field-required', 'the scenario has no title', { file, field: 'title' }));
  }
  const workDate = raw.workDate ?? null;
  if (workDate !== null && (typeof workDate !== 'string' || !isIsoDate(workDate))) {
    problems.push(
      problem('date-invalid', 'workDate must be an ISO date', {
        file,
        field: 'workDate',
        value: JSON.stringify(workDate),
      }),
    );
  }
  const steps = raw.steps;
  if (!Array.isArray(steps)) {
    problems.push(problem('field-required', 'the scenario has no steps list', { file, field: 'steps' }));
  } else {
    steps.forEach((step, i) => problems.push(...checkStep(step, i, file)));
  }
  const dataset = loadScenarioDataset(raw.dataset, file);
  if (!dataset.ok) problems.push(...dataset.problems);
  if (problems.length > 0 || !dataset.ok) return fail(problems);

  const date = typeof workDate === 'string' ? workDate : dataset.value.workDate;
  return ok({
    title: text(raw.title),
    source: text(raw.source),
    notes: text(raw.notes),
    workDate: date,
    dataset: { ...dataset.value, workDate: date },
    steps: steps as ScenarioStep[],
  });
}
