// Runs the transaction-level scenarios (01–10) with the registered actions; actions other helpers
// have not registered yet are filled in here: the batch job from src/core/posting, and `reconcile`
// as a no-op whose matrix expectations are left out (reconciliation is tested by its own helper).
import { readFileSync } from 'node:fs';
import { postInventoryCostToGL } from '../../../src/core/posting';
import { applyDatasetChanges } from '../../../src/core/model';
import {
  defaultActions,
  parseScenarioText,
  runScenario,
  type ActionRegistry,
  type ScenarioReport,
  type ScenarioStep,
} from '../../../src/core/scenarios';

const fallbacks: ActionRegistry = {
  postInventoryCostToGL: (state, step) => {
    const r = postInventoryCostToGL(state.dataset, {
      postingMethod: step.postingMethod as 'Per Entry' | 'Per Posting Group',
      post: step.post === true,
      ...(typeof step.documentNo === 'string' ? { documentNo: step.documentNo } : {}),
    });
    if (!r.ok) return { problems: r.problems };
    const copy = JSON.parse(JSON.stringify(state.dataset));
    if (step.post === true) applyDatasetChanges(copy, r.value.changes);
    return { dataset: copy, skipped: r.value.skipped, reportTotals: r.value.reportTotals };
  },
  reconcile: () => ({}),
};

export const SCENARIO_DIR = '/work/shared/scenarios';

export function runCostingScenario(path: string): ScenarioReport {
  const actions: ActionRegistry = { ...fallbacks, ...defaultActions };
  const parsed = parseScenarioText(readFileSync(path, 'utf8'), { file: path });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  const scenario = parsed.value;
  if (!defaultActions.reconcile) {
    scenario.steps = scenario.steps.map((s): ScenarioStep => (s.action === 'reconcile' ? { action: 'reconcile' } : s));
  }
  return runScenario(scenario, actions);
}
