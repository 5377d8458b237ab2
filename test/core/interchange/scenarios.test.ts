// Every scenario's embedded dataset loads without error, and round-trips through canonical JSON
// and through the CSV zip to the same bytes. Scenarios are read at test time (a new one needs no code).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readDatasetCsv,
  readDatasetJson,
  readDatasetObject,
  unzipCsvFiles,
  writeDatasetCsvZip,
  writeDatasetJson,
} from '../../../src/core/interchange';

const dir = join(import.meta.dirname, '../../../../shared/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function load(file: string) {
  const scenario = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { dataset: unknown };
  const r = readDatasetObject(scenario.dataset, { file, strict: true });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r;
}

describe.each(files)('scenario %s', (file) => {
  it('loads with no error and no warning, even in strict mode', () => {
    expect(load(file).warnings).toEqual([]);
  });

  it('round-trips through canonical JSON to the same bytes', () => {
    const first = writeDatasetJson(load(file).value);
    const again = readDatasetJson(first);
    expect(again.ok).toBe(true);
    if (again.ok) expect(writeDatasetJson(again.value)).toBe(first);
  });

  it('round-trips through the CSV zip to the same dataset', () => {
    const ds = load(file).value;
    const unzipped = unzipCsvFiles(writeDatasetCsvZip(ds));
    expect(unzipped.ok).toBe(true);
    if (!unzipped.ok) return;
    const back = readDatasetCsv(unzipped.value, { strict: true });
    expect(back.ok && back.warnings).toEqual([]);
    if (back.ok) expect(writeDatasetJson(back.value)).toBe(writeDatasetJson(ds));
  });
});

it('finds the scenarios', () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
});
