// Runs one Node figure in its own process (clean heap, own peak RSS) and prints its result as one
// JSON line after BENCH_RESULT. Usage: tsx test/bench/node/child.ts <figure> <n> <seed>.
import { errorText, type PartResult } from '../figures/types';
import { costingFigure } from './figure-costing';
import { matrixFigure } from './figure-matrix';
import { postFigure } from './figure-post';

const FIGURES: Record<string, (o: { n: number; seed: number }) => Promise<PartResult>> = {
  matrix: matrixFigure,
  post: postFigure,
  costing: costingFigure,
};

const [name = '', n = '0', seed = '1'] = process.argv.slice(2);
const run = FIGURES[name];
let result: PartResult;
try {
  if (!run) throw new Error(`unknown figure ${name}`);
  result = await run({ n: Number(n), seed: Number(seed) });
} catch (e) {
  const where = e instanceof Error ? (e.stack ?? '').split('\n').slice(1, 4).join(' ').replace(/\s+/g, ' ') : '';
  result = { figures: {}, notes: [`Node ${name} crashed: ${errorText(e)} ${where}`] };
}
result.details = { ...result.details, [`${name}MaxRssMB`]: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(result)}\n`);
