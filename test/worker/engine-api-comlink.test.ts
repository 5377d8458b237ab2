// The engine API once through Comlink over a MessageChannel, as the UI calls it: results arrive
// as plain clonable data with money as decimal strings; progress comes back through a proxy.
import 'fake-indexeddb/auto';
import * as Comlink from 'comlink';
import { Dexie } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/storage';
import { createEngineApi, type EngineApi, type Progress, type StorageEvent } from '../../src/worker/engine-api';
import { uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

const dbName = uniqueDbName();
const channel = new MessageChannel();
Comlink.expose(createEngineApi({ dbName, locks: null }), channel.port1);
const remote = Comlink.wrap<EngineApi>(channel.port2);
afterAll(() => {
  channel.port1.close();
  channel.port2.close();
});

describe('engine API through Comlink', () => {
  it('imports with progress, posts, and returns money as strings', async () => {
    const sample = value(await remote.ensureSampleDataset());
    const [json] = value(await remote.exportDataset(sample!.id, 'json'));
    const stages: string[] = [];
    const imported = value(
      await remote.importDataset(
        { files: [{ name: 'copy.json', data: json!.data }], mode: 'new' },
        Comlink.proxy((p: Progress) => void stages.push(p.stage)),
        'import-1',
      ),
    );
    expect(stages).toEqual(['reading', 'saving', 'done']);
    const run = value(
      await remote.postInventoryCost(imported.id, { postingMethod: 'Per Entry', dateFilter: '..2026-01-20' }),
    );
    expect(run.glEntries.every((g) => typeof g.amount === 'string')).toBe(true);
    expect(Object.values(run.reportTotals).every((a) => typeof a === 'string')).toBe(true);
    const matrix = value(await remote.buildMatrix(imported.id, {}));
    expect(typeof matrix.cells['COGS|Inventory']).toBe('string');
    expect(structuredClone(matrix)).toEqual(matrix);
    // Causes cross with counts only; the entries behind one come by matrixDrillDown pages.
    expect(matrix.causes.length).toBeGreaterThan(0);
    for (const c of matrix.causes) expect(Object.keys(c)).not.toContain('valueEntryNos');
    const cause = matrix.causes.find((c) => c.valueEntryCount > 0)!;
    const page = value(
      await remote.matrixDrillDown(
        imported.id,
        { cause: { field: cause.field, code: cause.code } },
        {},
        { offset: 0, limit: 1000 },
      ),
    );
    expect([page.valueEntryNos.length, page.glEntryNos.length]).toEqual([cause.valueEntryCount, cause.glEntryCount]);
  });

  it('returns expected failures as Results, not thrown errors', async () => {
    const r = await remote.postInventoryCost('ds-missing', { postingMethod: 'Per Posting Group', documentNo: 'X' });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['dataset-not-found']);
    const bad = await remote.importDataset({ files: [{ name: 'broken.json', data: '{"format": ' }], mode: 'new' });
    expect(bad.ok ? [] : bad.problems.map((p) => [p.code, p.where?.file])).toEqual([
      ['json-syntax-error', 'broken.json'],
    ]);
  });

  it('tells the page when another tab upgraded the database, and stops using it', async () => {
    const events: StorageEvent[] = [];
    await remote.watchStorage(Comlink.proxy((e: StorageEvent) => void events.push(e)));
    const newer = new Dexie(dbName);
    newer.version(SCHEMA_VERSION + 1).stores({ datasets: 'id' });
    await newer.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['version-change']);
    const r = await remote.listDatasets();
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-unavailable']);
    newer.close();
  });
});
