// The built-in sample dataset (from scenario 29: two items, two locations, December posted per
// posting group, January unposted), stored on first start so a new user has something to explore.
import { readDatasetJson } from '../../core/interchange';
import { ok, type Result } from '../../core/problems';
import { listDatasets, saveDataset, type DatasetSummary } from '../../storage';
import type { EngineContext } from '../engine-context';
import sample from '../sample/sample-dataset.json';

export function readSampleDataset() {
  return readDatasetJson(JSON.stringify(sample), { file: 'sample-dataset.json' });
}

/** Stores the sample when no dataset exists; returns it, or null when datasets were there already. */
export async function ensureSampleDataset(ctx: EngineContext): Promise<Result<DatasetSummary | null>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const db = opened.value;
  return ctx.queue.run(async () => {
    const existing = await listDatasets(db);
    if (!existing.ok) return existing;
    if (existing.value.length > 0) return ok(null);
    const read = readSampleDataset();
    if (!read.ok) return read;
    return saveDataset(db, read.value, { mode: 'create' });
  });
}
