// Runs one step: calls its handler, applies the outcome to the state, checks the invariants and the
// step's `expect`. Used by runScenario and by the app's step-through.
import { applyDatasetChanges, type Dataset } from '../model';
import { MismatchLog } from './compare';
import { checkExpectations, type StepResult } from './check-expect';
import { causesNotSummingToDifference, unbalancedTransactions } from './invariants';
import { createdEntries, entryNoSnapshot } from './ledger-views';
import type { ActionRegistry, Scenario, ScenarioState, ScenarioStep } from './types';

export interface StepReport extends StepResult {
  /** "step 4 postInventoryCostToGL: glEntries[2].amount: expected -70.00, got -7.00" lines. */
  mismatches: string[];
  /** The handler threw (a bug): the state may be inconsistent, so the run stops. */
  crashed: boolean;
}

/** Datasets are plain JSON data, so a JSON round trip is a faithful deep copy (no structuredClone in core). */
export function copyDataset(ds: Dataset): Dataset {
  return JSON.parse(JSON.stringify(ds)) as Dataset;
}

/** The state before the first step: a fresh copy of the scenario's dataset. */
export function startScenario(scenario: Scenario): ScenarioState {
  return { dataset: copyDataset(scenario.dataset), workDate: scenario.workDate, ids: new Map() };
}

export function stepLabel(step: ScenarioStep, index: number): string {
  return `step ${index + 1} ${step.action}`;
}

function describeProblems(problems: readonly { code: string; message: string }[]): string {
  return problems.map((p) => `${p.code} (${p.message})`).join('; ');
}

/** Runs step `index` on the state (mutating it) and reports every mismatch. */
export function runStep(state: ScenarioState, step: ScenarioStep, index: number, actions: ActionRegistry): StepReport {
  const label = stepLabel(step, index);
  const log = new MismatchLog();
  const handler = actions[step.action];
  const before = JSON.stringify(state.dataset);
  const entryNos = entryNoSnapshot(state.dataset);
  let outcome;
  try {
    if (!handler) throw new Error(`no handler for action ${step.action}`);
    outcome = handler(state, step);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const dataset = state.dataset;
    return {
      dataset,
      outcome: {},
      created: createdEntries(dataset, entryNos),
      datasetUnchanged: JSON.stringify(dataset) === before,
      mismatches: [`${label}: crashed: ${reason}`],
      crashed: true,
    };
  }

  const refused = (outcome.problems?.length ?? 0) > 0;
  if (!refused) {
    if (outcome.dataset) state.dataset = outcome.dataset;
    if (outcome.changes) applyDatasetChanges(state.dataset, outcome.changes);
  }
  const dataset = state.dataset;
  const datasetUnchanged = JSON.stringify(dataset) === before;
  const created = createdEntries(dataset, entryNos);
  const id = step.id;
  const first = created.itemLedgerEntries[0];
  if (typeof id === 'string' && !state.ids.has(id) && first) state.ids.set(id, first.entryNo);

  const expect = step.expect ?? {};
  if (refused && !expect.problems) log.note('', `refused: ${describeProblems(outcome.problems ?? [])}`);
  if (refused && !datasetUnchanged) log.note('invariant', 'the step was refused but the dataset changed');
  const invariants = [
    ...unbalancedTransactions([...created.glEntries, ...(outcome.preview?.glEntries ?? [])]),
    ...(outcome.matrix ? causesNotSummingToDifference(outcome.matrix) : []),
  ];
  for (const line of invariants) log.note('', line);
  const result: StepResult = { dataset, outcome, created, datasetUnchanged };
  checkExpectations(log, expect, result);
  return { ...result, mismatches: log.lines.map((line) => `${label}: ${line}`), crashed: false };
}
