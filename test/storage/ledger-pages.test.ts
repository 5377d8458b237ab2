// Ledger pages decode only the rows asked for (and only the dictionary pages they need), giving exactly
// the rows a whole load gives.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LEDGER_TABLES, loadDataset, openCostbookDb, readLedgerPage, saveDataset } from '../../src/storage';
import { readSampleDataset } from '../../src/worker/use-cases/sample-dataset';
import { uniqueDbName } from './fixtures';

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
});
