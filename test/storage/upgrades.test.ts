// Schema upgrades: the pure step alone, and a real version-1 database opened by this app.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { dayIndex } from '../../src/core/dates';
import { declareSchema, loadDataset, openCostbookDb, SCHEMA_VERSION } from '../../src/storage';
import { COLUMN_SPECS } from '../../src/storage/column-specs';
import { encodeRows } from '../../src/storage/chunk-codec';
import { StringDictionary } from '../../src/storage/string-dictionary';
import { upgradeDatasetRecordV1toV2, type DatasetRecordV1 } from '../../src/storage/upgrades';
import { smallDataset, uniqueDbName } from './fixtures';

const scales = { amountScale: 2, unitAmountScale: 5 };

function v1Fixture(id: string) {
  const ds = smallDataset();
  const dict = new StringDictionary();
  const gl = encodeRows(ds.glEntries as never, COLUMN_SPECS.glEntries, dict, scales);
  const chunk = { datasetId: id, table: 'glEntries' as const, chunkNo: 0, rowCount: 2, ...gl };
  const empty = { itemLedgerEntries: [], itemApplicationEntries: [], valueEntries: [], glItemLedgerRelations: [] };
  const record: DatasetRecordV1 = {
    id,
    name: ds.name,
    description: ds.description,
    currencyCode: ds.currencyCode,
    workDate: ds.workDate,
    generalLedgerSetup: ds.generalLedgerSetup,
    inventorySetup: ds.inventorySetup,
    amountScale: 2,
    unitAmountScale: 5,
    chunks: { ...empty, glEntries: [{ chunkNo: 0, rowCount: 2, minEntryNo: 1, maxEntryNo: 2 }] },
    dictionarySize: dict.size,
    revision: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  return { record, chunk, dict };
}

describe('schema upgrades', () => {
  it('version 1 → 2 adds each chunk date range from its posting dates', () => {
    const { record, chunk } = v1Fixture('ds-1');
    const up = upgradeDatasetRecordV1toV2(record, (t, n) => (t === 'glEntries' && n === 0 ? chunk : undefined));
    expect(up.chunks.glEntries).toEqual([
      {
        chunkNo: 0,
        rowCount: 2,
        minEntryNo: 1,
        maxEntryNo: 2,
        minDate: dayIndex('2026-01-05'),
        maxDate: dayIndex('2026-12-31'),
      },
    ]);
    expect(up.revision).toBe(3);
  });

  it('opens a database written by version 1 and upgrades it in place', async () => {
    const name = uniqueDbName();
    const old = new Dexie(name);
    declareSchema(old, 1);
    const { record, chunk, dict } = v1Fixture('ds-old');
    await old.table('datasets').put(record);
    await old.table('chunks').put(chunk);
    await old.table('dictionaryPages').put({ datasetId: 'ds-old', pageNo: 0, values: dict.values });
    old.close();

    const opened = await openCostbookDb({ name });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.value.verno).toBe(SCHEMA_VERSION);
    const upgraded = await opened.value.datasets.get('ds-old');
    expect(upgraded?.chunks.glEntries[0]?.minDate).toBe(dayIndex('2026-01-05'));
    const loaded = await loadDataset(opened.value, 'ds-old');
    expect(loaded.ok && loaded.value.dataset.glEntries.map((g) => g.amount)).toEqual(['101.23', '-101.23']);
  });

  it('refuses a database from a newer app version with database-newer-than-app', async () => {
    const name = uniqueDbName();
    const newer = new Dexie(name);
    newer.version(SCHEMA_VERSION + 5).stores({ datasets: 'id' });
    await newer.open();
    newer.close();
    const opened = await openCostbookDb({ name });
    expect(opened.ok ? [] : opened.problems.map((p) => p.code)).toEqual(['database-newer-than-app']);
  });

  it('closes on versionchange (another tab upgraded) and tells the caller', async () => {
    const name = uniqueDbName();
    let told = 0;
    const opened = await openCostbookDb({ name, onVersionChange: () => told++ });
    if (!opened.ok) throw new Error();
    const other = new Dexie(name);
    other.version(SCHEMA_VERSION + 1).stores({ datasets: 'id' });
    await other.open();
    expect(told).toBe(1);
    expect(opened.value.isOpen()).toBe(false);
    other.close();
  });
});
