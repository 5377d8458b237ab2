// npm run bench: generates (or reuses) the dataset, measures Node, DuckDB and Chromium figures and
// writes bench/results.json plus a table. Informational only: it never fails on a slow figure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from './args';
import { chromiumFigures, CHROMIUM_FIGURES } from './browser/run-chromium';
import { duckdbFigures } from './figures/duckdb';
import type { PartResult } from './figures/types';
import { ensureCsvDataset } from './generator/csv-files';
import { currentLoadAverage, machineInfo } from './machine';
import { NODE_FIGURES, nodeFigures } from './node/run-node';
import { acceptance, formatTable } from './report';

const log = (s: string): void => void process.stderr.write(`[bench] ${s}\n`);

function skipped(names: readonly string[], why: string): PartResult {
  return { figures: Object.fromEntries(names.map((k) => [k, null])), notes: [why] };
}

const args = parseArgs(process.argv.slice(2));
const machine = machineInfo();
log(
  `n = ${args.n}, seed = ${args.seed}; ${machine.cores} cores, ${machine.memoryGB} GB, load ${machine.loadAverageAtStart.toFixed(1)}`,
);

log('dataset: generating or reusing CSV files…');
const data = ensureCsvDataset(args.dataDir, 'reconcile', args.n, args.seed);
log(`dataset: ${data.dir}`);

const parts: PartResult[] = [];
if (args.skipBrowser) parts.push(skipped(CHROMIUM_FIGURES, 'Chromium skipped (--skip-browser)'));
else {
  log('chromium…');
  const unposted = ensureCsvDataset(args.dataDir, 'unposted', args.n, args.seed);
  const r = await chromiumFigures({ reconcile: data, unposted, dataDir: args.dataDir }, log);
  machine.browser = (r.details?.browserVersion as string | undefined) ?? null;
  parts.push(r);
}
if (args.skipDuckdb) parts.push(skipped(['duckdbLoadMs', 'duckdbCsvToResultMs'], 'DuckDB skipped (--skip-duckdb)'));
else {
  log('duckdb…');
  parts.push(await duckdbFigures(data));
}
if (args.skipNode) parts.push(skipped(Object.values(NODE_FIGURES).flat(), 'Node figures skipped (--skip-node)'));
else parts.push(await nodeFigures(args.n, args.seed, log));

machine.loadAverageAtEnd = currentLoadAverage();
const figures = Object.assign({}, ...parts.map((p) => p.figures)) as PartResult['figures'];
const notes = parts.flatMap((p) => p.notes);
const checks = acceptance(figures);
const report = {
  n: args.n,
  seed: args.seed,
  generatedAt: new Date().toISOString(),
  machine,
  dataset: { counts: data.counts, files: data.files },
  figures,
  acceptance: checks,
  notes,
  details: Object.assign({}, ...parts.map((p) => p.details ?? {})) as Record<string, unknown>,
};
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${formatTable(figures, checks, notes)}\n\nWrote ${args.out}\n`);
