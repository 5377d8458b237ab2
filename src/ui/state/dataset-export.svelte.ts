// One export at a time, from the Datasets page, a ledger tab or a drill-down list: the files are built in the
// worker with progress and cancel, then downloaded; problems (or the cancel) are kept for the page to show.
import type { Problem, Result } from '../../core/problems';
import type { DrillDownList, ExportFile, ExportFormat, ExportOptions, Progress } from '../../worker/engine-api';
import { downloadFile } from '../components/download';
import { engine } from '../engine-client';
import { RunningOperation } from './running-operation.svelte';

class DatasetExport {
  readonly operation = new RunningOperation('export');
  problems = $state.raw<Problem[]>([]);
  cancelled = $state(false);

  get running(): boolean {
    return this.operation.running;
  }

  get progress(): Progress | null {
    return this.operation.progress;
  }

  /** Exports the dataset (as `format`, or one table) and downloads its files. */
  run(datasetId: string, format: ExportFormat, options?: ExportOptions): Promise<void> {
    return this.start((onProgress, operationId) =>
      engine.exportDataset(datasetId, format, options, onProgress, operationId),
    );
  }

  /** Exports every entry of a drill-down list as its table's CSV and downloads it. */
  drillDown(datasetId: string, list: DrillDownList): Promise<void> {
    return this.start((onProgress, operationId) => engine.exportDrillDown(datasetId, list, onProgress, operationId));
  }

  cancel(): void {
    this.operation.cancel();
  }

  private async start(
    exportFiles: (onProgress: (p: Progress) => void, operationId: string) => Promise<Result<ExportFile[]>>,
  ): Promise<void> {
    if (this.running) return;
    this.cancelled = false;
    this.problems = [];
    const r = await this.operation.run({ stage: 'exporting', fraction: 0 }, exportFiles);
    if (!r) return;
    if (!r.ok) {
      this.cancelled = r.problems.every((p) => p.code === 'operation-cancelled');
      this.problems = this.cancelled ? [] : r.problems;
      return;
    }
    for (const f of r.value) downloadFile(f);
  }
}

export const datasetExport = new DatasetExport();
