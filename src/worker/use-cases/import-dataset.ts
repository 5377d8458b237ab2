// Import use case: read and validate the files, then ONE storage transaction that creates,
// replaces or appends. Nothing is written while any error remains, or when cancelled.
import type { ReadStep } from '../../core/interchange';
import type { Dataset } from '../../core/model';
import { fail, type Problem, type Result } from '../../core/problems';
import { LEDGER_TABLES, LedgerChunkBuilder, saveDataset, type DatasetSummary } from '../../storage';
import type { EngineContext } from '../engine-context';
import { cancelledProblem, report, type ProgressCallback } from '../operations';
import { readImportFileSteps, type ImportFile } from './read-import-files';
import { ReadMeter } from './read-meter';

export type ImportMode = 'new' | 'replace' | 'append';

export interface ImportRequest {
  files: ImportFile[];
  mode: ImportMode;
  /** The dataset to replace or append to. */
  datasetId?: string;
  /** Unknown fields are errors rather than warnings. */
  strict?: boolean;
  /** Name for a new dataset when the files carry none. */
  name?: string;
}

function stemOf(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** How often a read reports progress and looks for a cancel: often enough to feel live, rarely enough to cost nothing. */
const REPORT_EVERY_MS = 100;

/**
 * Runs the read's steps, reporting progress (the read is 0–45 % of the import: the share of bytes read, then
 * the checks) at each new file and every 100 ms within one, and stopping at the first step after a cancel.
 */
async function driveRead(
  steps: Generator<ReadStep, Result<Dataset>, void>,
  meter: ReadMeter,
  onProgress: ProgressCallback | undefined,
  cancelled: () => boolean,
): Promise<Result<Dataset> | 'cancelled'> {
  let reported = performance.now();
  let file = '';
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const step = next.value;
    if (step.stage === 'reading' && step.file === file && performance.now() - reported < REPORT_EVERY_MS) continue;
    if (step.stage === 'reading') file = step.file;
    await report(
      onProgress,
      step.stage === 'reading'
        ? { stage: 'reading', fraction: 0.45 * meter.fraction, message: step.file }
        : { stage: 'validating', fraction: 0.45 },
    );
    reported = performance.now();
    if (cancelled()) {
      steps.return(fail([cancelledProblem()]));
      return 'cancelled';
    }
  }
}

export async function importDataset(
  ctx: EngineContext,
  req: ImportRequest,
  onProgress?: ProgressCallback,
  operationId?: string,
): Promise<Result<DatasetSummary>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const db = opened.value;
  try {
    return await ctx.queue.run(async () => {
      let base: Dataset | undefined;
      if (req.mode === 'append') {
        const loaded = await ctx.cache.load(db, req.datasetId ?? '');
        if (!loaded.ok) return loaded;
        base = loaded.value.dataset;
      }
      await report(onProgress, { stage: 'reading', fraction: 0 });
      if (ctx.operations.isCancelled(operationId)) return fail([cancelledProblem()]);
      const strict = req.strict ?? false;
      // A new or replaced dataset's CSV ledgers are encoded into column chunks as they are read.
      const builder = base ? undefined : new LedgerChunkBuilder();
      const meter = new ReadMeter();
      const steps = readImportFileSteps(
        req.files,
        base ? { strict, appendTo: base } : { strict, ledgerSink: builder },
        meter,
      );
      const read = await driveRead(steps, meter, onProgress, () => ctx.operations.isCancelled(operationId));
      if (read === 'cancelled') return fail([cancelledProblem()]);
      if (!read.ok) return read;
      const warnings: Problem[] = read.warnings;
      const ds = read.value;
      if (req.mode === 'new' && ds.name.trim() === '') ds.name = req.name ?? stemOf(req.files[0]?.name ?? 'Dataset');
      await report(onProgress, { stage: 'saving', fraction: 0.5 });
      if (ctx.operations.isCancelled(operationId)) return fail([cancelledProblem()]);
      const options =
        req.mode === 'new' ? { mode: 'create' as const } : { mode: req.mode, datasetId: req.datasetId ?? '' };
      // A JSON file keeps the object path: its ledgers are in `ds`, the builder stayed empty.
      const ledgers = builder && LEDGER_TABLES.every((t) => ds[t].length === 0) ? builder.finish() : undefined;
      const saved = await saveDataset(db, ds, ledgers ? { ...options, ledgers } : options);
      if (saved.ok && req.datasetId) ctx.cache.forget(req.datasetId);
      await report(onProgress, { stage: 'done', fraction: 1 });
      return saved.ok ? { ...saved, warnings: [...warnings, ...saved.warnings] } : saved;
    });
  } finally {
    ctx.operations.finish(operationId);
  }
}
