// Runs the Node figures, each in a child process so one figure's memory cannot skew another's and a
// crash or a missing module becomes null figures with a note.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { PartResult } from '../figures/types';
import { REPO_ROOT } from './optional-module';

/** The figures each child reports, so a child that dies still yields named nulls. */
export const NODE_FIGURES = {
  matrix: ['nodeMatrixMs', 'nodeMatrixFirstMs'],
  post: ['nodePostPerPostingGroupMs'],
  costing: ['costing100kMs', 'adjustCost100kMs', 'costingPeakHeapMB'],
} as const;
type NodeFigure = keyof typeof NODE_FIGURES;

const TIMEOUT_MS = 15 * 60 * 1000;

function nulls(name: NodeFigure): Record<string, null> {
  return Object.fromEntries(NODE_FIGURES[name].map((f) => [f, null]));
}

function runChild(name: NodeFigure, n: number, seed: number): Promise<PartResult> {
  return new Promise((resolve) => {
    const args = [
      '--max-old-space-size=16384',
      '--expose-gc',
      '--import',
      'tsx',
      join(import.meta.dirname, 'child.ts'),
      name,
      String(n),
      String(seed),
    ];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (line) {
        const result = JSON.parse(line.slice('BENCH_RESULT '.length)) as PartResult;
        resolve({ ...result, figures: { ...nulls(name), ...result.figures } });
        return;
      }
      const why = signal ? `killed by ${signal}` : `exit code ${String(code)}`;
      resolve({
        figures: nulls(name),
        notes: [`Node ${name} child ${why}: ${err.trim().split('\n').slice(-3).join(' | ')}`],
      });
    });
  });
}

export async function nodeFigures(n: number, seed: number, log: (s: string) => void): Promise<PartResult> {
  const merged: PartResult = { figures: {}, notes: [], details: {} };
  for (const name of Object.keys(NODE_FIGURES) as NodeFigure[]) {
    log(`node: ${name}…`);
    const r = await runChild(name, name === 'costing' ? Math.min(n, 100000) : n, seed);
    Object.assign(merged.figures, r.figures);
    merged.notes.push(...r.notes);
    Object.assign(merged.details!, r.details);
  }
  return merged;
}
