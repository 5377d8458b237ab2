// Chromium figures: the bench page in headless Debian Chromium drives the engine worker through the
// app's engine client — import CSV into IndexedDB, matrix cold (fresh worker) and warm, drill-down, value
// entries exported as CSV (in details), post per posting group — with the longest main-thread task and the
// worker's heap.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import type { CsvDataset } from '../generator/csv-files';
import { errorText, median, type PartResult } from '../figures/types';
import type { BenchPageApi } from './page/bench-page';
import { buildBenchPage } from './build-page';
import { descendantsCpuMs } from './process-cpu';
import { serveStatic } from './static-server';

export const CHROMIUM_FIGURES = [
  'importMs',
  'matrixColdMs',
  'matrixWarmMs',
  'postPerPostingGroupMs',
  'drillDownFirstPageMs',
  'longestMainThreadTaskMs',
  'workerHeapMB',
] as const;

const WARM_RUNS = 5;
const DRILL_DOWN_PAGE = 100;
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
  '--enable-blink-features=ForceEagerMeasureMemory',
];

type Api = BenchPageApi;
type Call = <K extends keyof Api>(
  name: K,
  ...args: Api[K] extends (...a: infer A) => unknown ? A : never
) => Promise<Awaited<ReturnType<Extract<Api[K], (...a: never[]) => unknown>>>>;

function pageCaller(page: Page): Call {
  return ((name: string, ...args: unknown[]) =>
    page.evaluate(
      ([n, a]) =>
        (window as unknown as { costbookBench: Record<string, (...x: unknown[]) => unknown> }).costbookBench[n]!(...a),
      [name, args] as const,
    )) as Call;
}

/** A page in `context`: pages of one context share IndexedDB, so a new page sees the imported dataset. */
export async function openBenchPage(context: BrowserContext, origin: string): Promise<{ page: Page; call: Call }> {
  const page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`[bench page] ${e.message}\n`));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'costbookBench' in window);
  const call = pageCaller(page);
  await call('engineVersion'); // starts the worker, so the timed calls do not include its boot
  return { page, call };
}

function need<T extends { error?: string }>(r: T, what: string): T {
  if (r.error) throw new Error(`${what}: ${r.error}`);
  return r;
}

export async function chromiumFigures(
  data: { reconcile: CsvDataset; unposted: CsvDataset; dataDir: string },
  log: (s: string) => void,
): Promise<PartResult> {
  const figures: Record<string, number | null> = Object.fromEntries(CHROMIUM_FIGURES.map((k) => [k, null]));
  const notes: string[] = [];
  const details: Record<string, unknown> = {};
  let browser: Browser | null = null;
  let server: Server | null = null;
  const heapSamples: number[] = [];
  let longest = 0;
  try {
    log('chromium: building the bench page…');
    const pageDir = await buildBenchPage(data.dataDir);
    const served = await serveStatic({
      '/': pageDir,
      '/data/reconcile': data.reconcile.dir,
      '/data/unposted': data.unposted.dir,
    });
    server = served.server;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    details.browserVersion = `Chromium ${browser.version()}`;
    const context = await browser.newContext();
    let { page, call } = await openBenchPage(context, served.origin);
    let seenTasks = 0;
    const longTasksByPhase: Record<string, number> = {};
    details.longestTaskByPhaseMs = longTasksByPhase;
    /** Attributes the long tasks since the last phase to this one. */
    const phaseDone = async (phase: string) => {
      const t = await call('longTasks', seenTasks);
      seenTasks = t.count;
      longTasksByPhase[phase] = t.longestMs;
      longest = Math.max(longest, t.longestMs);
    };
    const sampleHeap = async (phase: string) => {
      const m = await call('memory');
      if (m) {
        heapSamples.push(m.workerBytes / 2 ** 20);
        details[`workerHeapAfter${phase}MB`] = m.workerBytes / 2 ** 20;
      }
    };

    await phaseDone('page load');
    log('chromium: import…');
    const imported = need(
      await call('importCsv', '/data/reconcile', Object.keys(data.reconcile.files), 'Bench reconcile'),
      'import',
    );
    figures.importMs = imported.ms;
    await phaseDone('import');
    await sampleHeap('Import');
    const datasetId = imported.datasetId!;

    // Cold: a fresh page and worker, so the matrix reads the column chunks from IndexedDB.
    await page.close();
    ({ page, call } = await openBenchPage(context, served.origin));
    seenTasks = 0;
    await phaseDone('page reload');
    log('chromium: matrix…');
    const cpuBefore = descendantsCpuMs();
    const cold = need(await call('matrix', datasetId), 'matrix');
    if (cpuBefore !== null) details.matrixColdBrowserCpuMs = descendantsCpuMs()! - cpuBefore;
    await phaseDone('matrix cold');
    figures.matrixColdMs = cold.ms;
    details.matrixShape = { nonZeroCells: cold.nonZeroCells, causes: cold.causes };
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(need(await call('matrix', datasetId), 'matrix').ms);
    figures.matrixWarmMs = median(warm);
    await phaseDone('matrix warm');
    details.matrixWarmRunsMs = warm;
    await sampleHeap('Matrix');

    log('chromium: drill-down…');
    const drill = need(await call('drillDownLargest', datasetId, DRILL_DOWN_PAGE), 'drill-down');
    figures.drillDownFirstPageMs = drill.ms;
    details.drillDown = { cause: drill.cause, rows: drill.rows };
    await phaseDone('drill-down');

    log('chromium: export value entries as CSV…');
    const exported = need(await call('exportValueEntriesCsv', datasetId), 'export CSV');
    details.exportCsvMs = exported.ms;
    details.exportCsvFile = { files: exported.files, bytes: exported.bytes };
    await phaseDone('export csv');
    const afterExport = await call('memory');
    if (afterExport) details.workerHeapAfterExportCsvMB = afterExport.workerBytes / 2 ** 20;

    // The cold path's phases, in another fresh page (the engine's own cold run above is the figure).
    await page.close();
    ({ page, call } = await openBenchPage(context, served.origin));
    seenTasks = 0;
    log('chromium: matrix cold phases…');
    const phases = need(await call('coldPhases', datasetId), 'cold phases');
    details.matrixColdPhasesMs = phases.phasesMs;
    await phaseDone('cold phases');

    log('chromium: post per posting group…');
    const unposted = need(
      await call('importCsv', '/data/unposted', Object.keys(data.unposted.files), 'Bench unposted'),
      'import unposted',
    );
    details.importUnpostedMs = unposted.ms;
    await phaseDone('import unposted');
    const posted = need(await call('postPerPostingGroup', unposted.datasetId!), 'post');
    figures.postPerPostingGroupMs = posted.ms;
    details.postCounts = posted.counts;
    await phaseDone('post');
    await sampleHeap('Post');

    figures.longestMainThreadTaskMs = longest;
    figures.workerHeapMB = heapSamples.length ? Math.max(...heapSamples) : null;
    if (!heapSamples.length)
      notes.push('Chromium: measureUserAgentSpecificMemory unavailable, workerHeapMB not measured');
  } catch (e) {
    notes.push(`Chromium: ${errorText(e)}`);
    if (longest > 0) figures.longestMainThreadTaskMs = longest;
  } finally {
    await browser?.close();
    server?.close();
  }
  if (heapSamples.length)
    notes.push(
      'workerHeapMB: largest worker heap measured after import, matrix and post (after GC, not the transient peak)',
    );
  return { figures, notes, details };
}
