// The matrix's columnar ledgers read straight from stored chunks equal those core builds from rows.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildLedgerColumns } from '../../src/core/columns';
import { loadDataset, openCostbookDb, readReconciliationColumns, saveDataset } from '../../src/storage';
import { readSampleDataset } from '../../src/worker/use-cases/sample-dataset';
import { CHUNK_ROWS } from '../../src/storage/column-specs';
import { columnValues, glEntries, uniqueDbName } from './fixtures';

describe('readReconciliationColumns', () => {
  it('gives the same LedgerColumns as buildLedgerColumns on the loaded rows', async () => {
    const opened = await openCostbookDb({ name: uniqueDbName() });
    const sample = readSampleDataset();
    if (!opened.ok || !sample.ok) throw new Error('setup failed');
    const saved = await saveDataset(opened.value, sample.value, { mode: 'create' });
    if (!saved.ok) throw new Error('save failed');
    const cols = await readReconciliationColumns(opened.value, saved.value.id);
    const loaded = await loadDataset(opened.value, saved.value.id);
    if (!cols.ok || !loaded.ok) throw new Error('read failed');
    expect(columnValues(cols.value)).toEqual(columnValues(buildLedgerColumns(loaded.value.dataset)));
    expect(cols.value.valueEntries.length).toBe(8);
    expect(cols.value.dictionaries.items.codes).toEqual(['1000', '1001']);
  });

  it('assembles each field from several chunks in order, next to another dataset', async () => {
    const opened = await openCostbookDb({ name: uniqueDbName() });
    const sample = readSampleDataset();
    if (!opened.ok || !sample.ok) throw new Error('setup failed');
    const db = opened.value;
    const big = { ...sample.value, glEntries: [...sample.value.glEntries, ...glEntries(CHUNK_ROWS + 3, 1000)] };
    const saved = await saveDataset(db, big, { mode: 'create' });
    const other = await saveDataset(db, { ...sample.value, glEntries: glEntries(4, 1000) }, { mode: 'create' });
    if (!saved.ok || !other.ok) throw new Error('save failed');
    const cols = await readReconciliationColumns(db, saved.value.id);
    const loaded = await loadDataset(db, saved.value.id);
    if (!cols.ok || !loaded.ok) throw new Error('read failed');
    expect(cols.value.glEntries.length).toBe(sample.value.glEntries.length + CHUNK_ROWS + 3);
    expect(columnValues(cols.value)).toEqual(columnValues(buildLedgerColumns(loaded.value.dataset)));
    expect(cols.value.glEntries.entryNo.at(-1)).toBe(1000 + CHUNK_ROWS + 2);
  }, 30_000);
});
