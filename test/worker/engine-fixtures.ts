// Shared by the engine tests: a Result's value (failing the test with its problems otherwise) and an engine over a
// fresh database holding the built-in sample (scenario 29's dataset, whose figures the tests check by hand).
import { createEngineApi, type EngineApi } from '../../src/worker/engine-api';
import { uniqueDbName } from '../storage/fixtures';

export function value<T>(r: { ok: true; value: T } | { ok: false; problems: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

/** An engine (a fresh one unless given) with the sample stored, and the sample's dataset id. */
export async function withSample(
  api: EngineApi = createEngineApi({ dbName: uniqueDbName(), locks: null }),
): Promise<{ api: EngineApi; id: string }> {
  const sample = value(await api.ensureSampleDataset());
  if (!sample) throw new Error('sample not stored');
  return { api, id: sample.id };
}
