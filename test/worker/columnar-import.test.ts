// The columnar CSV import (ledgers encoded into column chunks while read) stores exactly what the
// object path stores, and a bad row deep in a big file leaves the stored dataset untouched.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readDatasetCsv, unzipCsvFiles, writeDatasetCsvZip, writeTableCsv } from '../../src/core/interchange';
import type { Dataset } from '../../src/core/model';
import { loadDataset, openCostbookDb, saveDataset } from '../../src/storage';
import { CHUNK_ROWS } from '../../src/storage/column-specs';
import { createEngineApi } from '../../src/worker/engine-api';
import { glEntries, smallDataset, uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

/** The small dataset with G/L entries over two chunks (1.00, 2.00, … on accounts 7290 and 2130). */
function bigDataset(): Dataset {
  return { ...smallDataset(), name: 'Two chunks', glEntries: glEntries(CHUNK_ROWS + 7) };
}

async function setup() {
  const dbName = uniqueDbName();
  const api = createEngineApi({ dbName, locks: null });
  const db = value(await openCostbookDb({ name: dbName }));
  return { api, db };
}

describe('columnar CSV import', { timeout: 60_000 }, () => {
  it('stores the same dataset as reading rows and saving them', async () => {
    const { api, db } = await setup();
    const zip = writeDatasetCsvZip(bigDataset());
    const columnar = value(await api.importDataset({ files: [{ name: 'two.zip', data: zip }], mode: 'new' }));
    expect(columnar.counts.glEntries).toBe(CHUNK_ROWS + 7);

    const rows = value(readDatasetCsv(value(unzipCsvFiles(zip))));
    expect(rows.glEntries).toHaveLength(CHUNK_ROWS + 7);
    const saved = value(await saveDataset(db, rows, { mode: 'create' }));

    const a = value(await loadDataset(db, columnar.id)).dataset;
    const b = value(await loadDataset(db, saved.id)).dataset;
    expect(a).toEqual(b);
    expect(a.glEntries).toEqual(bigDataset().glEntries);
    expect(a.valueEntries.map((v) => v.costAmountActual)).toEqual(
      smallDataset().valueEntries.map((v) => v.costAmountActual),
    );
  });

  it('replaces a dataset only when the files hold no error, even one deep in a big file', async () => {
    const { api, db } = await setup();
    const first = value(
      await api.importDataset({
        files: [{ name: 'small.zip', data: writeDatasetCsvZip(smallDataset()) }],
        mode: 'new',
      }),
    );
    const before = value(await loadDataset(db, first.id));

    const lines = writeTableCsv(bigDataset(), 'glEntries').split('\n');
    const bad = CHUNK_ROWS + 3; // 1-based line; the header is line 1
    lines[bad - 1] = lines[bad - 1]!.replace(/,\d+\.00,/, ',12,5.0,');
    const files = value(unzipCsvFiles(writeDatasetCsvZip(bigDataset()))).map((f) => ({
      name: f.name,
      data: f.name === 'gl-entries.csv' ? lines.join('\n') : f.text,
    }));
    const r = await api.importDataset({ files, mode: 'replace', datasetId: first.id });
    expect(r.ok ? [] : r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.where?.line])).toEqual([
      ['csv-column-count', bad],
    ]);

    const after = value(await loadDataset(db, first.id));
    expect(after).toEqual(before);
  });
});
