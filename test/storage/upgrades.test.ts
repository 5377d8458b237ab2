// Schema upgrades: the pure step alone, and a real version-1 database opened by this app.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { dayIndex } from '../../src/core/dates';
import { buildLedgerColumns } from '../../src/core/columns';
import {
  declareSchema,
  loadDataset,
  openCostbookDb,
  readLedgerPage,
  readReconciliationColumns,
  SCHEMA_VERSION,
} from '../../src/storage';
import { readDictionary } from '../../src/storage/dictionary-store';
import { COLUMN_SPECS } from '../../src/storage/column-specs';
import { decodeRows, encodeRows } from '../../src/storage/chunk-codec';
import { StringDictionary } from '../../src/storage/string-dictionary';
import { summarizeChunk } from '../../src/storage/chunk-summary';
import { LEDGER_TABLES, type ChunkRecord, type DatasetRecord } from '../../src/storage/records';
import {
  upgradeChunkV2toV3,
  upgradeDatasetRecordV1toV2,
  upgradeDictionaryPageV2toV3,
  type DatasetRecordV1,
} from '../../src/storage/upgrades';
import { columnValues, glEntries, smallDataset, uniqueDbName } from './fixtures';

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

/** Writes a dataset as version 2 stored it: whole-chunk records (G/L entries in chunks of 2) and string-array pages. */
async function putV2Dataset(old: Dexie, id: string, ds: ReturnType<typeof smallDataset>) {
  const dict = new StringDictionary();
  const chunks: ChunkRecord[] = [];
  const index = {} as DatasetRecord['chunks'];
  for (const table of LEDGER_TABLES) {
    const rows = ds[table] as unknown as Record<string, unknown>[];
    const size = table === 'glEntries' ? 2 : rows.length;
    index[table] = [];
    for (let at = 0, chunkNo = 0; at < rows.length; at += size, chunkNo++) {
      const part = rows.slice(at, at + size);
      const c = {
        datasetId: id,
        table,
        chunkNo,
        rowCount: part.length,
        ...encodeRows(part, COLUMN_SPECS[table], dict, scales),
      };
      chunks.push(c);
      index[table].push(summarizeChunk(c));
    }
  }
  const { record: v1 } = v1Fixture(id);
  const record: DatasetRecord = { ...v1, chunks: index, dictionarySize: dict.size };
  await old.table('datasets').put(record);
  await old.table('chunks').bulkPut(chunks);
  await old.table('dictionaryPages').put({ datasetId: id, pageNo: 0, values: dict.values });
  return { chunks, dict };
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

  it('version 2 → 3 splits a chunk into one record per field, cut to its row count', () => {
    const { chunk } = v1Fixture('ds-1');
    const padded: ChunkRecord = {
      ...chunk,
      columns: { ...chunk.columns, amount: Float64Array.from([10123, -10123, 0, 0]) },
    };
    const records = upgradeChunkV2toV3(padded);
    expect(records.map((r) => r.field)).toEqual(COLUMN_SPECS.glEntries.map((c) => c.field));
    expect([...records.find((r) => r.field === 'amount')!.values]).toEqual([10123, -10123]);
    expect(records.every((r) => r.datasetId === 'ds-1' && r.chunkNo === 0 && r.values.length === 2)).toBe(true);
  });

  it('version 2 → 3 joins a dictionary page into one text with the end offset of each string', () => {
    const page = upgradeDictionaryPageV2toV3({ datasetId: 'ds-1', pageNo: 3, values: ['7290', '', '😀|x', ','] });
    expect(page).toEqual({ datasetId: 'ds-1', pageNo: 3, text: '7290😀|x,', ends: Uint32Array.from([4, 4, 8, 9]) });
  });

  it('opens a database written by version 2 (several chunks, exception cells) as version 3 with identical rows', async () => {
    const name = uniqueDbName();
    const old = new Dexie(name);
    declareSchema(old, 2);
    const ds = { ...smallDataset(), glEntries: glEntries(5) };
    ds.glEntries[3] = { ...ds.glEntries[3]!, amount: '4.005' }; // kept as an exception cell
    const id = 'ds-v2';
    const { chunks, dict } = await putV2Dataset(old, id, ds);
    old.close();

    const opened = await openCostbookDb({ name });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const db = opened.value;
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name)).not.toContain('chunks');
    expect(await db.columns.where('datasetId').equals(id).count()).toBe(
      chunks.reduce((n, c) => n + COLUMN_SPECS[c.table].length, 0),
    );
    const loaded = await loadDataset(db, id);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    // the rows version 2 held, decoded from its whole-chunk records
    for (const table of LEDGER_TABLES) {
      const v2Rows = chunks
        .filter((c) => c.table === table)
        .flatMap((c) => decodeRows(c, COLUMN_SPECS[table], dict.values, scales));
      expect(v2Rows).toHaveLength(ds[table].length);
      expect(loaded.value.dataset[table]).toEqual(v2Rows);
    }
    expect(loaded.value.dataset.glEntries.map((g) => g.amount)).toEqual(['1.00', '2.00', '3.00', '4.005', '5.00']);
  });

  it('opens version 2 dictionary pages (string arrays) as joined pages with identical strings, rows and matrix', async () => {
    const name = uniqueDbName();
    const old = new Dexie(name);
    declareSchema(old, 2);
    const ds = { ...smallDataset(), glEntries: glEntries(5) };
    const id = 'ds-v2';
    const { dict } = await putV2Dataset(old, id, ds);
    // a second dataset's page, of awkward strings
    const awkward = ['', '😀|,', '\n', 'x'.repeat(10_000)];
    await old.table('dictionaryPages').put({ datasetId: 'other', pageNo: 0, values: awkward });
    old.close();

    const opened = await openCostbookDb({ name });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const db = opened.value;
    const pages = await db.dictionaryPages.toArray();
    expect(pages.map((p) => [p.datasetId, p.pageNo, 'values' in p, p.ends.constructor.name])).toEqual([
      [id, 0, false, 'Uint32Array'],
      ['other', 0, false, 'Uint32Array'],
    ]);
    expect((await readDictionary(db, id)).values).toEqual(dict.values);
    expect((await readDictionary(db, 'other')).values).toEqual(awkward);
    const loaded = await loadDataset(db, id);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.value.dataset.glEntries).toEqual(ds.glEntries);
    // the matrix's columns (pages read on demand) and a ledger page (read by index) see the same strings
    const columns = await readReconciliationColumns(db, id);
    if (!columns.ok) throw new Error(JSON.stringify(columns.problems));
    expect(columnValues(columns.value)).toEqual(columnValues(buildLedgerColumns(loaded.value.dataset)));
    expect(columns.value.dictionaries.items.codes).toEqual(['1000']);
    const gl = await readLedgerPage(db, id, 'glEntries', { offset: 0, limit: 5 });
    if (!gl.ok) throw new Error(JSON.stringify(gl.problems));
    expect(gl.value.rows.map((r) => r.glAccountNo)).toEqual(ds.glEntries.map((g) => g.glAccountNo));
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
