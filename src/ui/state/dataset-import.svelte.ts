// One import at a time: read the chosen files, send them to the engine with progress and cancel,
// and keep every problem it reports (nothing is written then) or the warnings of a successful import.
import type { Problem } from '../../core/problems';
import type { ImportMode, Progress } from '../../worker/engine-api';
import { engine } from '../engine-client';
import { currentDataset } from './current-dataset.svelte';
import { datasetLibrary } from './dataset-library.svelte';
import { RunningOperation } from './running-operation.svelte';

export type ImportOutcome = { kind: 'refused'; problems: Problem[] } | { kind: 'imported'; name: string };

class DatasetImport {
  readonly operation = new RunningOperation('import');
  files = $state.raw<File[]>([]);
  mode = $state<ImportMode>('new');
  strict = $state(false);
  /** A new dataset's name when its files carry none (blank: the first file's name). */
  name = $state('');
  outcome = $state.raw<ImportOutcome | null>(null);
  /** Warnings of the last import (refused or not): unknown fields in lenient mode, items kept… */
  warnings = $state.raw<Problem[]>([]);

  get running(): boolean {
    return this.operation.running;
  }

  get progress(): Progress | null {
    return this.operation.progress;
  }

  choose(files: File[]): void {
    this.files = files;
    this.outcome = null;
    this.warnings = [];
  }

  async run(): Promise<void> {
    if (this.running || this.files.length === 0) return;
    this.outcome = null;
    this.warnings = [];
    // Files, not their bytes: a File crosses to the worker without a copy, and the worker reads it.
    const files = this.files.map((f) => ({ name: f.name, data: f }));
    const target = this.mode === 'new' ? {} : { datasetId: currentDataset.id ?? '' };
    const name = this.name.trim();
    const request = { files, mode: this.mode, strict: this.strict, ...target, ...(name ? { name } : {}) };
    await this.operation.run({ stage: 'reading', fraction: 0 }, async (onProgress, operationId) => {
      const r = await engine.importDataset(request, onProgress, operationId);
      if (!r.ok) {
        this.outcome = { kind: 'refused', problems: r.problems.filter((p) => p.severity !== 'warning') };
        this.warnings = r.problems.filter((p) => p.severity === 'warning');
        return;
      }
      this.warnings = r.warnings;
      this.outcome = { kind: 'imported', name: r.value.name };
      this.files = [];
      this.name = '';
      await datasetLibrary.refresh();
      if (this.mode === 'new') currentDataset.open(r.value);
      else currentDataset.changed(r.value);
      await datasetLibrary.refreshStorage();
    });
  }

  cancel(): void {
    this.operation.cancel();
  }
}

export const datasetImport = new DatasetImport();
