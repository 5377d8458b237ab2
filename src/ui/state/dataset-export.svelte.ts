// One export at a time, from the Datasets page, a ledger tab or a drill-down list: the files are built in the worker with
// progress and cancel, then downloaded; problems (or the cancel) are kept for the page to show.
import type { Problem, Result } from '../../core/problems';
import type { DrillDownList, ExportFile, ExportFormat, ExportOptions, Progress } from '../../worker/engine-api';
import { downloadFile } from '../components/download';
import { engine } from '../engine-client';

let nextOperation = 0;

class DatasetExport {
  running = $state(false);
  progress = $state.raw<Progress | null>(null);
  problems = $state.raw<Problem[]>([]);
  cancelled = $state(false);
  private operationId: string | null = null;

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

  private async start(
    exportFiles: (onProgress: (p: Progress) => void, operationId: string) => Promise<Result<ExportFile[]>>,
  ): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.cancelled = false;
    this.problems = [];
    this.progress = { stage: 'exporting', fraction: 0 };
    const operationId = `export-${Date.now()}-${nextOperation++}`;
    this.operationId = operationId;
    try {
      const r = await exportFiles((p) => {
        this.progress = p;
      }, operationId);
      if (!r.ok) {
        this.cancelled = r.problems.every((p) => p.code === 'operation-cancelled');
        this.problems = this.cancelled ? [] : r.problems;
        return;
      }
      for (const f of r.value) downloadFile(f);
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

export const datasetExport = new DatasetExport();
