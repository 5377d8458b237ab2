// The open scenario of the step-through panel: the session the worker keeps, the steps run so far
// and their outcomes. One worker call per step; buttons are disabled while a call runs.
import type { Problem } from '../../../core/problems';
import type { DatasetSummary, ScenarioSessionView, ScenarioStepView } from '../../../worker/engine-api';
import { engine } from '../../engine-client';
import { datasetLibrary } from '../../state/dataset-library.svelte';

export class StepThrough {
  session = $state.raw<ScenarioSessionView | null>(null);
  /** Outcomes of the steps run, by step index. */
  results = $state.raw<ScenarioStepView[]>([]);
  problems = $state.raw<Problem[]>([]);
  saved = $state.raw<DatasetSummary | null>(null);
  running = $state(false);

  get done(): boolean {
    const s = this.session;
    return s !== null && (this.results.length >= s.steps.length || this.results.some((r) => r.crashed));
  }

  async open(file: File): Promise<void> {
    this.running = true;
    try {
      const text = await file.text();
      await this.close();
      const r = await engine.openScenario(text, file.name);
      if (r.ok) this.session = r.value;
      else this.problems = r.problems;
    } finally {
      this.running = false;
    }
  }

  private async step(sessionId: string): Promise<boolean> {
    const r = await engine.runScenarioStep(sessionId);
    if (!r.ok) {
      this.problems = r.problems;
      return false;
    }
    this.results = [...this.results, r.value];
    return !r.value.crashed;
  }

  async next(): Promise<void> {
    const s = this.session;
    if (!s || this.done) return;
    this.running = true;
    try {
      await this.step(s.sessionId);
    } finally {
      this.running = false;
    }
  }

  async runAll(): Promise<void> {
    const s = this.session;
    if (!s) return;
    this.running = true;
    try {
      while (!this.done && (await this.step(s.sessionId)));
    } finally {
      this.running = false;
    }
  }

  async reset(): Promise<void> {
    const s = this.session;
    if (!s) return;
    this.running = true;
    try {
      const r = await engine.resetScenario(s.sessionId);
      this.results = [];
      this.saved = null;
      this.problems = r.ok ? [] : r.problems;
    } finally {
      this.running = false;
    }
  }

  async close(): Promise<void> {
    const s = this.session;
    this.session = null;
    this.results = [];
    this.problems = [];
    this.saved = null;
    if (s) await engine.closeScenario(s.sessionId);
  }

  /** Imports the scenario's dataset as it is now as a new dataset (the list shows it). */
  async saveAsDataset(): Promise<void> {
    const s = this.session;
    if (!s) return;
    this.running = true;
    try {
      const r = await engine.saveScenarioDataset(s.sessionId);
      if (r.ok) this.saved = r.value;
      else this.problems = r.problems;
      await datasetLibrary.refresh();
    } finally {
      this.running = false;
    }
  }
}
