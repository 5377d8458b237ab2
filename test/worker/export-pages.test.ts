// Paged export: files written from the stored column chunks a page at a time (G/L entries over three chunks,
// relations stored out of key order over two) have exactly the bytes the whole-dataset writers give.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES, csvFileName, unzipCsvFiles, writeDatasetJson, writeTableCsv } from '../../src/core/interchange';
import { loadDataset, openCostbookDb, saveDataset } from '../../src/storage';
import { CHUNK_ROWS } from '../../src/storage/column-specs';
import { createEngineApi } from '../../src/worker/engine-api';
import { generateDataset } from '../bench/generator/in-memory';
import { glEntries, smallDataset, uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

const GL_ROWS = 2 * CHUNK_ROWS + 17;

/** The small dataset with G/L entries 3…GL_ROWS+2 after its own two, and its relations stored out of order. */
async function storedDataset() {
  const dbName = uniqueDbName();
  const opened = await openCostbookDb({ name: dbName });
  if (!opened.ok) throw new Error('open failed');
  const ds = smallDataset();
  const more = glEntries(GL_ROWS, 3);
  more[10] = { ...more[10]!, dimensions: { AREA: 'EU', DEPARTMENT: 'ADM' }, description: '-5 correction' };
  // An amount the column cannot hold (kept as an exception cell; written at the amount precision).
  more[CHUNK_ROWS + 3] = { ...more[CHUNK_ROWS + 3]!, amount: '7.125', dimensions: { PROJECT: '@X' } };
  ds.glEntries.push(...more);
  ds.glItemLedgerRelations = [
    { glEntryNo: 12, valueEntryNo: 2, amount: '1.00' },
    { glEntryNo: 1, valueEntryNo: 2, amount: '-3.00' },
    { glEntryNo: 2, valueEntryNo: 1, amount: null },
    { glEntryNo: 1, valueEntryNo: 1, amount: '101.23' },
  ];
  // More relations than a chunk holds, stored last to first: the export reorders across chunks.
  for (let g = CHUNK_ROWS + 12; g >= 13; g--)
    ds.glItemLedgerRelations.push({ glEntryNo: g, valueEntryNo: 1, amount: '1.00' });
  const saved = value(await saveDataset(opened.value, ds, { mode: 'create' }));
  const loaded = value(await loadDataset(opened.value, saved.id)).dataset;
  opened.value.close();
  return { api: createEngineApi({ dbName, locks: null }), id: saved.id, loaded };
}

describe('paged export', { timeout: 120_000 }, () => {
  it('writes every file with the whole-dataset writers’ bytes, whatever the page size', async () => {
    const { api, id, loaded } = await storedDataset();
    const [json] = value(await api.exportDataset(id, 'json', { pageRows: 7 }));
    expect(json!.name).toBe('bicycles-january.json');
    expect(await json!.data.text()).toBe(writeDatasetJson(loaded));

    for (const pageRows of [7, undefined]) {
      const files = value(await api.exportDataset(id, 'csv', pageRows ? { pageRows } : {}));
      expect(files.map((f) => f.name)).toEqual(CSV_TABLES.map(csvFileName));
      for (const [k, table] of CSV_TABLES.entries())
        expect(await files[k]!.data.text(), table).toBe(writeTableCsv(loaded, table));
    }

    const gl = (await value(await api.exportDataset(id, 'csv', { table: 'glEntries' }))[0]!.data.text()).split('\r\n');
    expect(gl).toHaveLength(GL_ROWS + 2 + 2); // header, 2 + GL_ROWS entries, '' after the last CRLF
    expect(gl[0]).toBe(
      'entryNo,glAccountNo,postingDate,documentNo,description,amount,sourceCode,closingDate,dateCompressed,' +
        'dim:AREA,dim:DEPARTMENT,dim:PROJECT',
    );
    expect(gl[13]).toBe("13,7290,2026-01-05,D-13,'-5 correction,11.00,,false,false,EU,ADM,");
    expect(gl[CHUNK_ROWS + 6]).toBe(`${CHUNK_ROWS + 6},2130,2026-01-05,D-${CHUNK_ROWS + 6},,7.13,,false,false,,,'@X`);
    expect(gl[GL_ROWS + 2]).toMatch(new RegExp(`^${GL_ROWS + 2},.*,${GL_ROWS}\\.00,`));
  });

  it('zips the same CSV files, with the same archive bytes for any page size', async () => {
    const { api, id, loaded } = await storedDataset();
    const [small] = value(await api.exportDataset(id, 'zip', { pageRows: 7 }));
    const [big] = value(await api.exportDataset(id, 'zip'));
    const bytes = new Uint8Array(await small!.data.arrayBuffer());
    expect(bytes).toEqual(new Uint8Array(await big!.data.arrayBuffer()));
    const files = new Map(value(unzipCsvFiles(bytes)).map((f) => [f.name, f.text]));
    expect([...files.keys()].sort()).toEqual(CSV_TABLES.map(csvFileName).sort());
    for (const table of CSV_TABLES) expect(files.get(csvFileName(table)), table).toBe(writeTableCsv(loaded, table));
  });

  it('gives one table’s file alone when asked, and refuses an unknown table', async () => {
    const { api, id, loaded } = await storedDataset();
    const files = value(await api.exportDataset(id, 'csv', { table: 'glItemLedgerRelations' }));
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([['gl-item-ledger-relations.csv', 'text/csv']]);
    const text = await files[0]!.data.text();
    expect(text).toBe(writeTableCsv(loaded, 'glItemLedgerRelations'));
    const lines = text.split('\r\n');
    expect(lines.slice(0, 7)).toEqual([
      'glEntryNo,valueEntryNo,amount',
      '1,1,101.23',
      '1,2,-3.00',
      '2,1,',
      '12,2,1.00',
      '13,1,1.00',
      '14,1,1.00',
    ]);
    expect(lines).toHaveLength(1 + 4 + CHUNK_ROWS + 1);
    expect(lines[CHUNK_ROWS + 4]).toBe(`${CHUNK_ROWS + 12},1,1.00`);
    const bad = await api.exportDataset(id, 'csv', { table: 'nope' as 'items' });
    expect(bad.ok ? [] : bad.problems.map((p) => p.code)).toEqual(['table-unknown']);
  });

  it('writes the bench generator’s dataset (every ledger, all its field kinds) with the same bytes', async () => {
    const dbName = uniqueDbName();
    const opened = await openCostbookDb({ name: dbName });
    if (!opened.ok) throw new Error('open failed');
    const { dataset } = generateDataset({ n: 3_000, seed: 7, glEntries: 3_000 });
    const saved = value(await saveDataset(opened.value, dataset, { mode: 'create' }));
    const loaded = value(await loadDataset(opened.value, saved.id)).dataset;
    opened.value.close();
    expect(loaded.valueEntries).toHaveLength(3_000);
    const api = createEngineApi({ dbName, locks: null });
    const [json] = value(await api.exportDataset(saved.id, 'json', { pageRows: 500 }));
    expect(await json!.data.text()).toBe(writeDatasetJson(loaded));
    const files = value(await api.exportDataset(saved.id, 'csv', { pageRows: 500 }));
    for (const [k, table] of CSV_TABLES.entries())
      expect(await files[k]!.data.text(), table).toBe(writeTableCsv(loaded, table));
  });
});
