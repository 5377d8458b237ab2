// Iteration aid for the cold Show Matrix figure alone: imports the bench CSVs once, then times the engine's
// cold matrix (fresh page and worker) and its phases (cold-phases.worker.ts) several times.
// Usage: npx tsx test/bench/browser/cold-matrix.ts --n 200000 --data-dir /tmp/bench-x [--runs 3]
import { chromium } from '@playwright/test';
import { parseArgs } from '../args';
import { ensureCsvDataset } from '../generator/csv-files';
import { buildBenchPage } from './build-page';
import { descendantsCpuMs } from './process-cpu';
import { CHROMIUM_ARGS, openBenchPage } from './run-chromium';
import { serveStatic } from './static-server';

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv.splice(runsAt, 2)[1]) : 3;
const args = parseArgs(argv);
const log = (s: string): void => void process.stderr.write(`[cold] ${s}\n`);

const data = ensureCsvDataset(args.dataDir, 'reconcile', args.n, args.seed);
const { server, origin } = await serveStatic({ '/': await buildBenchPage(args.dataDir), '/data/reconcile': data.dir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext();
  let { page, call } = await openBenchPage(context, origin);
  const imported = await call('importCsv', '/data/reconcile', Object.keys(data.files), 'Cold matrix');
  if (imported.error) throw new Error(imported.error);
  log(`import ${imported.ms.toFixed(0)} ms`);
  for (let r = 0; r < runs; r++) {
    await page.close();
    ({ page, call } = await openBenchPage(context, origin));
    const cpuBefore = descendantsCpuMs();
    const cold = await call('matrix', imported.datasetId!);
    const cpuMs = cpuBefore === null ? null : descendantsCpuMs()! - cpuBefore;
    if (cold.error) throw new Error(cold.error);
    await page.close();
    ({ page, call } = await openBenchPage(context, origin));
    const phases = await call('coldPhases', imported.datasetId!);
    if (phases.error) throw new Error(phases.error);
    const total = Object.values(phases.phasesMs).reduce((s, v) => s + v, 0);
    log(
      `cold ${cold.ms.toFixed(0)} ms (browser CPU ${cpuMs ?? 'n/a'} ms); phases (sum ${total.toFixed(0)}): ${JSON.stringify(phases.phasesMs)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
