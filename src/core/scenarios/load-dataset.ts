// The dataset embedded in a scenario, validated and completed by interchange (BC's defaults, codes
// upper case). Strict: an unknown field in a hand-written scenario is a typo, not data to keep.
import type { Dataset } from '../model';
import { readDatasetObject } from '../interchange';
import { fail, ok, problem, type Result } from '../problems';

export function loadScenarioDataset(raw: unknown, file: string | undefined): Result<Dataset> {
  if (raw === undefined)
    return fail([problem('field-required', 'the scenario has no dataset', { file, field: 'dataset' })]);
  const read = readDatasetObject(raw, { ...(file === undefined ? {} : { file }), strict: true });
  if (!read.ok) return fail(read.problems.filter((p) => p.severity === 'error'));
  return ok(read.value);
}
