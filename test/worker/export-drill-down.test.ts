// Export of a drill-down list: every entry behind a matrix cause or cell, or related to one entry, as the table's
// CSV (the same lines the whole table's export has for them) — checked on scenario 29's sample, whose entries
// behind each figure are hand-worked (see reconciliation-drill-down.test.ts).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CHUNK_ROWS } from '../../src/storage/column-specs';
import { openCostbookDb, saveDataset } from '../../src/storage';
import { createEngineApi } from '../../src/worker/engine-api';
import { glEntries, smallDataset, uniqueDbName } from '../storage/fixtures';
import { value, withSample } from './engine-fixtures';

/** The sample, and the lines of one of its tables exported whole. */
async function withSampleTables() {
  const { api, id } = await withSample();
  const whole = async (table: 'valueEntries' | 'glEntries') =>
    (await value(await api.exportDataset(id, 'csv', { table }))[0]!.data.text()).split('\r\n');
  return { api, id, whole };
}

async function lines(file: { name: string; data: Blob } | undefined): Promise<string[]> {
  return (await file!.data.text()).split('\r\n');
}

describe('drill-down export', () => {
  it('writes the value entries behind a cause, all of them, with the whole table’s header and lines', async () => {
    const { api, id, whole } = await withSampleTables();
    const [file] = value(
      await api.exportDrillDown(id, {
        kind: 'matrix',
        target: { cause: { field: 'Inventory', code: 'cost-not-posted' } },
        filters: {},
        table: 'valueEntries',
      }),
    );
    expect(file!.name).toBe('value-entries.csv');
    const all = await whole('valueEntries');
    // VE3 and the four January sales VE5–VE8: lines 4, 6, 7, 8, 9 of the whole table's file.
    expect(await lines(file)).toEqual([all[0], all[3], all[5], all[6], all[7], all[8], '']);
  });

  it('writes the G/L entries behind a G/L Total cell, and the value entries a G/L entry was posted from', async () => {
    const { api, id, whole } = await withSampleTables();
    const gl = await whole('glEntries');
    const [cell] = value(
      await api.exportDrillDown(id, {
        kind: 'matrix',
        target: { cell: 'G/L Total|Inventory' },
        filters: {},
        table: 'glEntries',
      }),
    );
    // G/L 2130 holds the two December lines: G/L entries 1 and 2 (reconciliation-drill-down.test.ts).
    expect((await lines(cell)).map((l) => l.split(',')[0])).toEqual(['entryNo', '1', '2', '']);
    expect((await lines(cell)).slice(1, 3)).toEqual(gl.slice(1, 3));
    const [related] = value(await api.exportDrillDown(id, { kind: 'related', of: { glEntryNo: 1 } }));
    // The per-posting-group line was posted from VE1, VE2 and VE3.
    expect((await lines(related)).map((l) => l.split(',')[0])).toEqual(['entryNo', '1', '2', '3', '']);
  });

  it('refuses entry nos. outside one CSV table', async () => {
    const { api, id } = await withSample();
    const r = await api.exportDataset(id, 'json', { entryNos: [1] });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['value-invalid']);
  });

  it('finds the chosen entries across chunks', async () => {
    const dbName = uniqueDbName();
    const opened = await openCostbookDb({ name: dbName });
    if (!opened.ok) throw new Error('open failed');
    const ds = smallDataset();
    ds.glEntries.push(...glEntries(CHUNK_ROWS + 10, 3));
    const saved = value(await saveDataset(opened.value, ds, { mode: 'create' }));
    opened.value.close();
    const api = createEngineApi({ dbName, locks: null });
    const wanted = [2, CHUNK_ROWS, CHUNK_ROWS + 1, CHUNK_ROWS + 12];
    const [file] = value(
      await api.exportDataset(saved.id, 'csv', { table: 'glEntries', entryNos: wanted, pageRows: 999 }),
    );
    expect((await lines(file)).slice(1, -1).map((l) => Number(l.split(',')[0]))).toEqual(wanted);
    // Entries of the second chunk only, given out of order and twice: the first chunk is not read.
    const [last] = value(
      await api.exportDataset(saved.id, 'csv', {
        table: 'glEntries',
        entryNos: [CHUNK_ROWS + 12, CHUNK_ROWS + 1, CHUNK_ROWS + 12],
      }),
    );
    expect((await lines(last)).slice(1, -1).map((l) => Number(l.split(',')[0]))).toEqual([
      CHUNK_ROWS + 1,
      CHUNK_ROWS + 12,
    ]);
    // The relations are keyed by two entry nos.: no single entry no. chooses their rows.
    const relations = await api.exportDataset(saved.id, 'csv', { table: 'glItemLedgerRelations', entryNos: [1] });
    expect(relations.ok ? [] : relations.problems.map((p) => p.code)).toEqual(['value-invalid']);
  });
});
