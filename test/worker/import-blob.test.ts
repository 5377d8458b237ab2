// Import files may arrive as Blobs (the page passes the picked File; the worker reads its bytes).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../src/worker/engine-api';
import { uniqueDbName } from '../storage/fixtures';

function value<T>(r: { ok: true; value: T } | { ok: false; problems: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('import from Blobs', () => {
  it('imports the exported zip passed as a Blob, with the same counts', async () => {
    const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
    const sample = value(await api.ensureSampleDataset());
    if (!sample) throw new Error('sample not stored');
    const [zip] = value(await api.exportDataset(sample.id, 'zip'));
    const blob = new Blob([zip!.data as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    const imported = value(await api.importDataset({ files: [{ name: 'sample.zip', data: blob }], mode: 'new' }));
    expect(imported.counts).toEqual(sample.counts);
    expect(imported.counts.valueEntries).toBe(8);
  });
});
