// The bad-input corpus's CSV files read through the columnar sink give exactly the problems of
// the object path (same codes, places and messages, in the same order).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetCsv, readDatasetJson } from '../../src/core/interchange';
import { LedgerChunkBuilder } from '../../src/storage';

const dir = join(import.meta.dirname, 'cases');
const csvCases = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort();
const baseSetup = readDatasetJson(readFileSync(join(import.meta.dirname, 'base-setup.json'), 'utf8'));

describe('bad-input corpus through the columnar sink', () => {
  it('has CSV cases', () => expect(csvCases.length).toBeGreaterThanOrEqual(20));

  it.each(csvCases)('%s', (name) => {
    if (!baseSetup.ok) throw new Error('base-setup.json must load');
    const exp = JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as { as?: string; strict?: boolean };
    const files = [{ name: exp.as ?? name, text: readFileSync(join(dir, name), 'utf8') }];
    const options = { strict: exp.strict ?? false, base: baseSetup.value };
    const rows = readDatasetCsv(files, options);
    const columnar = readDatasetCsv(files, { ...options, ledgerSink: new LedgerChunkBuilder() });
    const problemsOf = (r: typeof rows) => (r.ok ? r.warnings : r.problems);
    expect(problemsOf(columnar)).toEqual(problemsOf(rows));
    expect(columnar.ok).toBe(rows.ok);
  });
});
