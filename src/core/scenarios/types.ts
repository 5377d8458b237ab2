// The scenario model (scenario-format.md): the file, its steps and expectations, the runner's state,
// and the action-handler contract every action module implements.
import type { Dataset, DatasetChanges, GLEntry, GLItemLedgerRelation } from '../model';
import type { Problem } from '../problems';

export const SCENARIO_FORMAT = 'costbook-scenario';
export const SCENARIO_VERSION = 1;

/** A step as written in the file: its action, its fields, and what to check right after it. */
export interface ScenarioStep {
  action: string;
  expect?: StepExpect;
  [field: string]: unknown;
}

/** The expectation keys of scenario-format.md; each is optional and checked only when given. */
export interface StepExpect {
  problems?: { code: string }[];
  itemLedgerEntries?: Record<string, unknown>[];
  valueEntries?: Record<string, unknown>[];
  glEntries?: Record<string, unknown>[];
  skipped?: Record<string, unknown>[];
  reportTotals?: Record<string, string>;
  testReport?: Record<string, unknown>[];
  glBalances?: Record<string, string>;
  inventory?: Record<string, Record<string, string>>;
  matrix?: { cells?: Record<string, string>; exhaustive?: boolean };
  causes?: Record<string, unknown>[];
}

export const EXPECT_KEYS: readonly (keyof StepExpect)[] = [
  'problems',
  'itemLedgerEntries',
  'valueEntries',
  'glEntries',
  'skipped',
  'reportTotals',
  'testReport',
  'glBalances',
  'inventory',
  'matrix',
  'causes',
];

export interface Scenario {
  title: string;
  source: string;
  notes: string;
  workDate: string | null;
  dataset: Dataset;
  steps: ScenarioStep[];
}

/** What the runner carries from step to step. */
export interface ScenarioState {
  dataset: Dataset;
  workDate: string | null;
  /** Action id (`"id": "P1"`) → the item ledger entry no. that action created. */
  ids: Map<string, number>;
}

/** A batch-job skipped entry as the runner compares it (posting's SkippedEntry fits). */
export interface OutcomeSkippedEntry {
  valueEntryNo: number;
  code: string;
}

/** A test-report line as the runner compares it (posting's TestReportLine fits). */
export interface OutcomeTestReportLine {
  valueEntryNo?: number;
  valueEntryNos?: number[];
  glAccountNo?: string;
  problems: readonly { code: string }[];
}

/** A reconciliation matrix as the runner compares it (reconciliation's ReconciliationMatrix fits). */
export interface OutcomeMatrix {
  rows: readonly string[];
  columns: readonly string[];
  cells: Record<string, string>;
  causes: readonly { field: string; code: string; amount: string }[];
}

/**
 * What an action produced. A handler never mutates `state.dataset`; the runner applies the outcome:
 * with `problems` the step is refused and nothing is applied; otherwise `dataset` (if any) replaces the
 * state's dataset, then `changes` (if any) are applied with applyDatasetChanges.
 */
export interface StepOutcome {
  problems?: Problem[];
  changes?: DatasetChanges;
  dataset?: Dataset;
  /** G/L entries a preview would create (post: false); they are not stored. */
  preview?: { glEntries: GLEntry[]; relations: GLItemLedgerRelation[] };
  skipped?: readonly OutcomeSkippedEntry[];
  reportTotals?: Readonly<Record<string, string>>;
  testReport?: readonly OutcomeTestReportLine[];
  matrix?: OutcomeMatrix;
}

/** Runs one step against the state (read only) and says what it produced. */
export type ActionHandler = (state: ScenarioState, step: ScenarioStep) => StepOutcome;

export type ActionRegistry = Readonly<Record<string, ActionHandler>>;

export type ScenarioReport =
  | { status: 'pass'; title: string }
  | { status: 'fail'; title: string; mismatches: string[] }
  | { status: 'todo'; title: string; missingActions: string[] };
