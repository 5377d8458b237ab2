// The bench page: times engine calls (import, matrix, drill-down, export, post) through the app's own engine
// client and worker, in the page's clock, and exposes them to Playwright as window.costbookBench.
import './long-tasks';
import { engine } from '../../../../src/ui/engine-client';
import type { MatrixView } from '../../../../src/worker/engine-api';
import type { ColdPhases } from './cold-phases.worker';
import { longTasks, longTaskSummary } from './long-tasks';

interface Failure {
  ok: false;
  problems: { code: string; message: string }[];
}

function problemText(r: Failure): string {
  return r.problems
    .slice(0, 3)
    .map((p) => `${p.code}: ${p.message}`)
    .join('; ');
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/**
 * Fetches the CSV files as Blobs (not timed), then imports them as a new dataset (timed), as the app passes
 * Files. `steps` gives when (page clock) the fetch and the import started and ended, to place long tasks.
 */
async function importCsv(baseUrl: string, fileNames: string[], name: string) {
  const fetchStart = performance.now();
  const files = await Promise.all(
    fileNames.map(async (f) => ({ name: f, data: await (await fetch(`${baseUrl}/${f}`)).blob() })),
  );
  const importStart = performance.now();
  const { value, ms } = await timed(() => engine.importDataset({ files, mode: 'new', name }));
  const steps = { fetchStart, importStart, importEnd: importStart + ms };
  if (!value.ok) return { ms, steps, error: problemText(value) };
  return { ms, steps, datasetId: value.value.id };
}

let lastMatrix: MatrixView | null = null;

async function matrix(datasetId: string) {
  const { value, ms } = await timed(() => engine.buildMatrix(datasetId, {}));
  if (!value.ok) return { ms, error: problemText(value) };
  lastMatrix = value.value;
  const nonZero = Object.values(value.value.cells).filter((c) => Number(c) !== 0).length;
  return { ms, nonZeroCells: nonZero, causes: value.value.causes.length };
}

/**
 * First page of the entries behind the largest difference (the largest cause of the last matrix), as the
 * reconciliation page fetches it: the page's entry nos. behind the cause, then those value entries.
 */
async function drillDownLargest(datasetId: string, limit: number) {
  const causes = [...(lastMatrix?.causes ?? [])].sort(
    (a, b) => Math.abs(Number(b.amount)) - Math.abs(Number(a.amount)),
  );
  const cause = causes.find((c) => c.valueEntryCount > 0);
  if (!cause) return { ms: 0, error: 'the matrix has no cause with value entries' };
  const { value, ms } = await timed(async () => {
    const page = await engine.matrixDrillDown(
      datasetId,
      { cause: { field: cause.field, code: cause.code } },
      {},
      { offset: 0, limit },
    );
    if (!page.ok) return page;
    const entryNos = page.value.valueEntryNos;
    return engine.ledgerEntries(datasetId, { table: 'valueEntries', offset: 0, limit, entryNos });
  });
  if (!value.ok) return { ms, error: problemText(value) };
  return { ms, cause: `${cause.field}: ${cause.code} ${cause.amount}`, rows: value.value.rows.length };
}

/** The cold matrix path split into phases, in a fresh bench-only worker (cold-phases.worker.ts). */
function coldPhases(datasetId: string): Promise<ColdPhases> {
  const worker = new Worker(new URL('./cold-phases.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ColdPhases>((resolve) => {
    worker.onmessage = (e: MessageEvent<ColdPhases>) => resolve(e.data);
    worker.onerror = (e) => resolve({ phasesMs: {}, rows: {}, error: e.message });
    worker.postMessage({ datasetId });
  }).finally(() => worker.terminate());
}

async function postPerPostingGroup(datasetId: string) {
  const { value, ms } = await timed(() =>
    engine.postInventoryCost(datasetId, { postingMethod: 'Per Posting Group', documentNo: 'BENCH-POST' }),
  );
  if (!value.ok) return { ms, error: problemText(value) };
  return { ms, counts: value.value.counts };
}

/**
 * Value entries exported as one CSV table (as the Ledgers page and the export panel ask for it), timed until
 * the page holds the file's Blob; its size in bytes shows the whole file arrived.
 */
async function exportValueEntriesCsv(datasetId: string) {
  const { value, ms } = await timed(() => engine.exportDataset(datasetId, 'csv', { table: 'valueEntries' }));
  if (!value.ok) return { ms, error: problemText(value) };
  const file = value.value.find((f) => f.name === 'value-entries.csv');
  return { ms, files: value.value.length, bytes: file?.data.size ?? 0 };
}

/** Bytes of the dedicated worker(s) and the whole page, or null where the browser cannot measure. */
async function memory() {
  const perf = performance as Performance & {
    measureUserAgentSpecificMemory?: () => Promise<{
      bytes: number;
      breakdown: { bytes: number; attribution: { scope: string }[] }[];
    }>;
  };
  if (!crossOriginIsolated || !perf.measureUserAgentSpecificMemory) return null;
  const m = await perf.measureUserAgentSpecificMemory();
  const workerBytes = m.breakdown
    .filter((b) => b.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope'))
    .reduce((s, b) => s + b.bytes, 0);
  return { totalBytes: m.bytes, workerBytes };
}

const api = {
  ready: true,
  engineVersion: () => engine.engineVersion(),
  importCsv,
  matrix,
  drillDownLargest,
  coldPhases,
  postPerPostingGroup,
  exportValueEntriesCsv,
  memory,
  longTasks: longTaskSummary,
  longTaskList: longTasks,
};
export type BenchPageApi = typeof api;
(window as unknown as { costbookBench: BenchPageApi }).costbookBench = api;
document.getElementById('status')!.textContent = 'ready';
