// The matrix's columnar ledgers read straight from stored chunks equal those core builds from rows.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildLedgerColumns } from '../../src/core/columns';
import { loadDataset, openCostbookDb, readReconciliationColumns, saveDataset } from '../../src/storage';
import { readSampleDataset } from '../../src/worker/use-cases/sample-dataset';
import { uniqueDbName } from './fixtures';

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
    expect(cols.value).toEqual(buildLedgerColumns(loaded.value.dataset));
    expect(cols.value.valueEntries.length).toBe(8);
    expect(cols.value.dictionaries.items.codes).toEqual(['1000', '1001']);
  });
});
