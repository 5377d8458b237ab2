// One import at a time: read the chosen files, send them to the engine with progress and cancel,
// and keep every problem it reports (nothing is written then) or the warnings of a successful import.
import type { Problem } from '../../core/problems';
import type { ImportMode, Progress } from '../../worker/engine-api';
import { engine } from '../engine-client';
import { currentDataset } from './current-dataset.svelte';
import { datasetLibrary } from './dataset-library.svelte';

export type ImportOutcome = { kind: 'refused'; problems: Problem[] } | { kind: 'imported'; name: string };

let nextOperation = 0;

class DatasetImport {
  files = $state.raw<File[]>([]);
  mode = $state<ImportMode>('new');
  strict = $state(false);
  running = $state(false);
  progress = $state.raw<Progress | null>(null);
  outcome = $state.raw<ImportOutcome | null>(null);
  /** Warnings of the last import (refused or not): unknown fields in lenient mode, items kept… */
  warnings = $state.raw<Problem[]>([]);
  private operationId: string | null = null;

  choose(files: File[]): void {
    this.files = files;
    this.outcome = null;
    this.warnings = [];
  }

  async run(): Promise<void> {
    if (this.running || this.files.length === 0) return;
    this.running = true;
    this.outcome = null;
    this.warnings = [];
    this.progress = { stage: 'reading', fraction: 0 };
    const operationId = `import-${Date.now()}-${nextOperation++}`;
    this.operationId = operationId;
    try {
      // Files, not their bytes: a File crosses to the worker without a copy, and the worker reads it.
      const files = this.files.map((f) => ({ name: f.name, data: f }));
      const target = this.mode === 'new' ? {} : { datasetId: currentDataset.id ?? '' };
      const r = await engine.importDataset(
        { files, mode: this.mode, strict: this.strict, ...target },
        (p) => {
          this.progress = p;
        },
        operationId,
      );
      if (!r.ok) {
        this.outcome = { kind: 'refused', problems: r.problems.filter((p) => p.severity !== 'warning') };
        this.warnings = r.problems.filter((p) => p.severity === 'warning');
        return;
      }
      this.warnings = r.warnings;
      this.outcome = { kind: 'imported', name: r.value.name };
      this.files = [];
      await datasetLibrary.refresh();
      if (this.mode === 'new') currentDataset.open(r.value);
      else currentDataset.changed(r.value);
      await datasetLibrary.refreshStorage();
    } finally {
      this.running = false;
      this.progress = null;
      this.operationId = null;
    }
  }

  cancel(): void {
    if (this.operationId) void engine.cancel(this.operationId);
  }
}

export const datasetImport = new DatasetImport();
