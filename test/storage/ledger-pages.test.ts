// Ledger pages decode only the rows asked for (and only the dictionary pages they need), giving exactly
// the rows a whole load gives.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LEDGER_TABLES, loadDataset, openCostbookDb, readLedgerPage, saveDataset } from '../../src/storage';
import { readSampleDataset } from '../../src/worker/use-cases/sample-dataset';
import { CHUNK_ROWS } from '../../src/storage/column-specs';
import { glEntries, smallDataset, uniqueDbName } from './fixtures';

async function storedSample() {
  const opened = await openCostbookDb({ name: uniqueDbName() });
  const sample = readSampleDataset();
  if (!opened.ok || !sample.ok) throw new Error('setup failed');
  const saved = await saveDataset(opened.value, sample.value, { mode: 'create' });
  const loaded = saved.ok ? await loadDataset(opened.value, saved.value.id) : null;
  if (!saved.ok || !loaded?.ok) throw new Error('save failed');
  return { db: opened.value, id: saved.value.id, rows: loaded.value.dataset };
}

describe('readLedgerPage', () => {
  it('gives the loaded rows, by position and by entry no.', async () => {
    const { db, id, rows } = await storedSample();
    for (const table of LEDGER_TABLES) {
      const all = rows[table] as unknown as Record<string, unknown>[];
      const page = await readLedgerPage(db, id, table, { offset: 1, limit: 3 });
      if (!page.ok) throw new Error('read failed');
      expect(page.value).toEqual({ rows: all.slice(1, 4), total: all.length });
    }
    const ves = rows.valueEntries;
    const wanted = [ves[4]!.entryNo, ves[0]!.entryNo, 999_999];
    const page = await readLedgerPage(db, id, 'valueEntries', { offset: 0, limit: 10, entryNos: wanted });
    if (!page.ok) throw new Error('read failed');
    expect(page.value).toEqual({ rows: [ves[4], ves[0]], total: 3 });
  });

  it('reads pages that span chunks, and entries from several chunks in the order asked', async () => {
    const opened = await openCostbookDb({ name: uniqueDbName() });
    if (!opened.ok) throw new Error('open failed');
    const db = opened.value;
    const gl = glEntries(CHUNK_ROWS + 5);
    gl[CHUNK_ROWS] = { ...gl[CHUNK_ROWS]!, amount: '7.125' }; // an exception cell in the second chunk
    const saved = await saveDataset(db, { ...smallDataset(), glEntries: gl }, { mode: 'create' });
    if (!saved.ok) throw new Error('save failed');
    const page = await readLedgerPage(db, saved.value.id, 'glEntries', { offset: CHUNK_ROWS - 2, limit: 4 });
    if (!page.ok) throw new Error('read failed');
    expect(page.value.rows.map((r) => [r.entryNo, r.amount])).toEqual([
      [CHUNK_ROWS - 1, `${CHUNK_ROWS - 1}.00`],
      [CHUNK_ROWS, `${CHUNK_ROWS}.00`],
      [CHUNK_ROWS + 1, '7.125'],
      [CHUNK_ROWS + 2, `${CHUNK_ROWS + 2}.00`],
    ]);
    const drill = await readLedgerPage(db, saved.value.id, 'glEntries', {
      offset: 0,
      limit: 3,
      entryNos: [CHUNK_ROWS + 3, 2, CHUNK_ROWS + 1],
    });
    if (!drill.ok) throw new Error('read failed');
    expect(drill.value.rows).toEqual(
      [gl[CHUNK_ROWS + 2], gl[1], gl[CHUNK_ROWS]].map((r) => expect.objectContaining(r)),
    );
  }, 30_000);
});
