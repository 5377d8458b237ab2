// Scenario step-through (domain.md §8): a scenario file opened in the worker, run one step at a time,
// each step reporting what it created and whether its `expect` held. Sessions live in the worker.
import { writeDatasetJson } from '../../core/interchange';
import type { GLEntry, ItemLedgerEntry, ValueEntry } from '../../core/model';
import { fail, ok, problem, type Problem, type Result } from '../../core/problems';
import {
  defaultActions,
  missingActions,
  parseScenarioText,
  runStep,
  startScenario,
  type OutcomeMatrix,
  type OutcomeSkippedEntry,
  type Scenario,
  type ScenarioState,
} from '../../core/scenarios';
import type { DatasetSummary } from '../../storage';
import type { EngineContext } from '../engine-context';
import { importDataset } from './import-dataset';

/** A step as the list shows it: its action and its scalar fields ("itemNo" → "ITEM1"). */
export interface ScenarioStepSummary {
  index: number;
  action: string;
  fields: [string, string][];
  /** The step checks something (has an `expect`). */
  expects: boolean;
}

export interface ScenarioSessionView {
  sessionId: string;
  title: string;
  source: string;
  notes: string;
  steps: ScenarioStepSummary[];
  /** Actions with no handler yet: those steps cannot run. */
  missingActions: string[];
}

/** What one step did. Entries are the stored records (money as decimal strings). */
export interface ScenarioStepView {
  index: number;
  action: string;
  passed: boolean;
  crashed: boolean;
  /** "step 4 postInventoryCostToGL: glEntries[2].amount: expected -70.00, got -7.00" lines. */
  mismatches: string[];
  /** The step was refused with these problems (nothing applied). */
  problems: Problem[];
  itemLedgerEntries: ItemLedgerEntry[];
  valueEntries: ValueEntry[];
  glEntries: GLEntry[];
  /** The G/L entries are a preview (post: false): not stored. */
  preview: boolean;
  skipped: OutcomeSkippedEntry[];
  matrix: OutcomeMatrix | null;
}

interface Session {
  scenario: Scenario;
  state: ScenarioState;
  next: number;
  stopped: boolean;
}

/** Open scenarios by session id; a worker holds a handful, so no eviction beyond `close`. */
export class ScenarioSessions {
  private readonly sessions = new Map<string, Session>();
  private counter = 0;

  open(text: string, file?: string): Result<ScenarioSessionView> {
    const parsed = parseScenarioText(text, { file });
    if (!parsed.ok) return parsed;
    const scenario = parsed.value;
    this.counter += 1;
    const sessionId = `scenario-${this.counter}`;
    this.sessions.set(sessionId, { scenario, state: startScenario(scenario), next: 0, stopped: false });
    return ok({
      sessionId,
      title: scenario.title,
      source: scenario.source,
      notes: scenario.notes,
      steps: scenario.steps.map((step, index) => ({
        index,
        action: step.action,
        fields: Object.entries(step)
          .filter(([k, v]) => k !== 'action' && k !== 'expect' && v !== null && typeof v !== 'object')
          .map(([k, v]) => [k, String(v)]),
        expects: step.expect !== undefined && Object.keys(step.expect).length > 0,
      })),
      missingActions: missingActions(scenario, defaultActions),
    });
  }

  private session(sessionId: string): Result<Session> {
    const s = this.sessions.get(sessionId);
    return s ? ok(s) : fail([problem('reference-unknown', `no open scenario ${sessionId}`, { value: sessionId })]);
  }

  /** Runs the next step; refused when every step ran or a crash stopped the run. */
  runNext(sessionId: string): Result<ScenarioStepView> {
    const found = this.session(sessionId);
    if (!found.ok) return found;
    const s = found.value;
    const step = s.scenario.steps[s.next];
    if (!step || s.stopped) {
      return fail([problem('value-invalid', 'the scenario has no step left to run', { value: sessionId })]);
    }
    const index = s.next;
    const report = runStep(s.state, step, index, defaultActions);
    s.next += 1;
    if (report.crashed) s.stopped = true;
    const preview = report.outcome.preview !== undefined;
    return ok({
      index,
      action: step.action,
      passed: report.mismatches.length === 0,
      crashed: report.crashed,
      mismatches: report.mismatches,
      problems: report.outcome.problems ?? [],
      itemLedgerEntries: report.created.itemLedgerEntries,
      valueEntries: report.created.valueEntries,
      glEntries: report.outcome.preview?.glEntries ?? report.created.glEntries,
      preview,
      skipped: [...(report.outcome.skipped ?? [])].map((e) => ({ valueEntryNo: e.valueEntryNo, code: e.code })),
      matrix: report.outcome.matrix
        ? {
            rows: [...report.outcome.matrix.rows],
            columns: [...report.outcome.matrix.columns],
            cells: { ...report.outcome.matrix.cells },
            causes: report.outcome.matrix.causes.map((c) => ({ field: c.field, code: c.code, amount: c.amount })),
          }
        : null,
    });
  }

  /** Back to the state before the first step. */
  reset(sessionId: string): Result<null> {
    const found = this.session(sessionId);
    if (!found.ok) return found;
    const s = found.value;
    s.state = startScenario(s.scenario);
    s.next = 0;
    s.stopped = false;
    return ok(null);
  }

  close(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  /** The scenario's dataset as it is now, as dataset JSON (for "Save as dataset"). */
  datasetJson(sessionId: string): Result<{ name: string; json: string }> {
    const found = this.session(sessionId);
    if (!found.ok) return found;
    const s = found.value;
    return ok({ name: s.scenario.title, json: writeDatasetJson(s.state.dataset) });
  }
}

/** Stores the scenario's current dataset as a new dataset through the ordinary import. */
export async function saveScenarioDataset(
  ctx: EngineContext,
  sessions: ScenarioSessions,
  sessionId: string,
): Promise<Result<DatasetSummary>> {
  const json = sessions.datasetJson(sessionId);
  if (!json.ok) return json;
  return importDataset(ctx, {
    files: [{ name: 'scenario.json', data: json.value.json }],
    mode: 'new',
    name: json.value.name,
  });
}
