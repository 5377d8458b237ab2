// The bench report: acceptance ratios (informational pass/fail, never an exit code) and the stdout table.
import type { Figures } from './figures/types';

export interface Acceptance {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  pass: boolean | null;
}

function check(name: string, value: number | null, limit: number, unit: string): Acceptance {
  return { name, value, limit, unit, pass: value === null ? null : value <= limit };
}

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a == null || b == null || b === 0 ? null : a / b;
}

export function acceptance(f: Figures): Acceptance[] {
  return [
    check('matrix cold ≤ 1.0× DuckDB CSV→result', ratio(f.matrixColdMs, f.duckdbCsvToResultMs), 1, '×'),
    check('matrix warm ≤ 150 ms', f.matrixWarmMs ?? null, 150, 'ms'),
    check('import ≤ 8× DuckDB load', ratio(f.importMs, f.duckdbLoadMs), 8, '×'),
    check('post per posting group ≤ 5 s', f.postPerPostingGroupMs ?? null, 5000, 'ms'),
    check('longest main-thread task ≤ 50 ms', f.longestMainThreadTaskMs ?? null, 50, 'ms'),
    check('worker heap ≤ 300 MB', f.workerHeapMB ?? null, 300, 'MB'),
    check('Node matrix ≤ 150 ms', f.nodeMatrixMs ?? null, 150, 'ms'),
  ];
}

function fmt(v: number | null | undefined, unit = ''): string {
  if (v == null) return 'n/a';
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return `${v.toFixed(digits)}${unit}`;
}

export function formatTable(figures: Figures, checks: Acceptance[], notes: string[]): string {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  const lines = Object.entries(figures).map(([k, v]) => `  ${k.padEnd(width)}  ${fmt(v).padStart(10)}`);
  const verdicts = checks.map((c) => {
    const verdict = c.pass === null ? 'n/a ' : c.pass ? 'PASS' : 'FAIL';
    return `  ${verdict}  ${c.name}  (${fmt(c.value, c.unit === '×' ? '×' : ` ${c.unit}`)})`;
  });
  return [
    'Figures (ms unless named):',
    ...lines,
    '',
    'Acceptance (informational):',
    ...verdicts,
    ...(notes.length ? ['', 'Notes:', ...notes.map((n) => `  - ${n}`)] : []),
  ].join('\n');
}
