// Runs the bad-input corpus: every file in cases/ must give its expected problem code at the
// expected place (NAME.expect.json), and no other error unless the sidecar says how many.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetCsv, readDatasetJson } from '../../src/core/interchange';
import type { Problem } from '../../src/core/problems';

interface Expectation {
  code: string;
  as?: string;
  strict?: boolean;
  severity?: 'error' | 'warning';
  count?: number;
  file?: string;
  table?: string;
  line?: number;
  column?: number;
  field?: string;
  entryNo?: number;
  value?: string;
}

const dir = join(import.meta.dirname, 'cases');
const inputs = readdirSync(dir)
  .filter((f) => !f.endsWith('.expect.json'))
  .sort();
const baseSetup = readDatasetJson(readFileSync(join(import.meta.dirname, 'base-setup.json'), 'utf8'));

function read(name: string, exp: Expectation) {
  const text = readFileSync(join(dir, name), 'utf8');
  const file = exp.as ?? name;
  if (name.endsWith('.csv')) {
    if (!baseSetup.ok) throw new Error('base-setup.json must load');
    return readDatasetCsv([{ name: file, text }], { strict: exp.strict ?? false, base: baseSetup.value });
  }
  return readDatasetJson(text, { file, strict: exp.strict ?? false });
}

const PLACE_KEYS = ['file', 'table', 'line', 'column', 'field', 'entryNo', 'value'] as const;

describe('bad-input corpus', () => {
  it('holds at least 60 inputs, each with an expectation', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(60);
    for (const name of inputs) expect(readdirSync(dir)).toContain(`${name}.expect.json`);
  });

  it.each(inputs)('%s', (name) => {
    const exp = JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as Expectation;
    const result = read(name, exp);
    let found: Problem[];
    if ((exp.severity ?? 'error') === 'error') {
      expect(result.ok).toBe(false);
      const errors = result.ok ? [] : result.problems.filter((p) => p.severity === 'error');
      expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(exp.count ?? 1);
      found = errors.filter((p) => p.code === exp.code);
    } else {
      expect(result.ok, result.ok ? '' : JSON.stringify(result.problems, null, 1)).toBe(true);
      found = result.ok ? result.warnings.filter((p) => p.code === exp.code) : [];
    }
    expect(found.length, `no ${exp.code} problem`).toBeGreaterThanOrEqual(1);
    const problem = found[0]!;
    for (const key of PLACE_KEYS) {
      if (exp[key] !== undefined) expect(problem.where?.[key], `${key} of ${problem.message}`).toBe(exp[key]);
    }
    if (exp.file !== undefined) expect(problem.message).toContain(exp.file);
    if (exp.line !== undefined) expect(problem.message).toContain(`line ${exp.line}`);
  });
});
