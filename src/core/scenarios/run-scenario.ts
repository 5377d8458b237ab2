// Runs a whole scenario: TODO when an action has no handler, else every step in order, collecting
// every mismatch (PASS when there is none).
import { describeLocation, type Problem } from '../problems';
import { parseScenarioText, type ParseOptions } from './parse-scenario';
import { defaultActions } from './registry';
import { runStep, startScenario } from './run-step';
import type { ActionRegistry, Scenario, ScenarioReport } from './types';

/** Actions the scenario uses that have no handler, in order of first use. */
export function missingActions(scenario: Scenario, actions: ActionRegistry = defaultActions): string[] {
  const missing: string[] = [];
  for (const step of scenario.steps) {
    if (!Object.hasOwn(actions, step.action) && !missing.includes(step.action)) missing.push(step.action);
  }
  return missing;
}

export function runScenario(scenario: Scenario, actions: ActionRegistry = defaultActions): ScenarioReport {
  const missing = missingActions(scenario, actions);
  if (missing.length > 0) return { status: 'todo', title: scenario.title, missingActions: missing };
  const state = startScenario(scenario);
  const mismatches: string[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    const report = runStep(state, step, index, actions);
    mismatches.push(...report.mismatches);
    if (report.crashed) {
      mismatches.push(`stopped after step ${index + 1}`);
      break;
    }
  }
  return mismatches.length === 0
    ? { status: 'pass', title: scenario.title }
    : { status: 'fail', title: scenario.title, mismatches };
}

/** "file.json, field version: scenario version 2 is newer than …" */
export function describeProblem(p: Problem): string {
  const place = describeLocation(p.where);
  return `${p.code}: ${place === '' ? '' : place + ': '}${p.message}`;
}

/** Parses and runs a scenario file's text; a file that cannot be read as a scenario fails. */
export function runScenarioText(
  text: string,
  options: ParseOptions & { actions?: ActionRegistry } = {},
): ScenarioReport {
  const parsed = parseScenarioText(text, options);
  if (!parsed.ok) {
    return { status: 'fail', title: options.file ?? 'scenario', mismatches: parsed.problems.map(describeProblem) };
  }
  return runScenario(parsed.value, options.actions);
}
