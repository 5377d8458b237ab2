// Every import and every posting run is one transaction: a failure part-way writes nothing.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyChanges } from '../../src/core/model';
import {
  listDatasets,
  loadDataset,
  openCostbookDb,
  saveDataset,
  writeChanges,
  type CostbookDb,
} from '../../src/storage';
import { CHUNK_ROWS, COLUMN_SPECS } from '../../src/storage/column-specs';
import type { ColumnRecord } from '../../src/storage/records';
import { glEntries, smallDataset, uniqueDbName } from './fixtures';

async function freshDb(): Promise<CostbookDb> {
  const r = await openCostbookDb({ name: uniqueDbName() });
  if (!r.ok) throw new Error('open failed');
  return r.value;
}

type Written = Pick<ColumnRecord, 'table' | 'field' | 'chunkNo'>;

/**
 * Makes the n-th column-record write (1-based) among those `matching` fail with `error`; returns the
 * records written before it (table/field/chunk), so a test can show the failure came part-way.
 */
function failColumnWrite(
  db: CostbookDb,
  n: number,
  error: () => Error,
  matching: (r: Written) => boolean = () => true,
): Written[] {
  const before: Written[] = [];
  let writes = 0;
  const maybeFail = (r: ColumnRecord) => {
    if (matching(r) && ++writes === n) throw error();
    before.push({ table: r.table, field: r.field, chunkNo: r.chunkNo });
  };
  db.columns.hook('creating', (_key, r) => maybeFail(r));
  db.columns.hook('updating', (_mods, _key, r) => maybeFail(r));
  return before;
}

describe('one transaction per user action', () => {
  it('an import failing at its third chunk leaves the previous data intact', async () => {
    const db = await freshDb();
    const saved = await saveDataset(db, smallDataset(), { mode: 'create' });
    if (!saved.ok) throw new Error();
    // the first column record of the third G/L entry chunk fails, after two whole chunks were written
    const before = failColumnWrite(
      db,
      1,
      () => new Error('injected disk failure'),
      (r) => r.table === 'glEntries' && r.chunkNo === 2,
    );
    const big = { ...smallDataset(), name: 'Replacement', glEntries: glEntries(CHUNK_ROWS * 2 + 1) };
    await expect(saveDataset(db, big, { mode: 'replace', datasetId: saved.value.id })).rejects.toThrow(
      'injected disk failure',
    );
    const after = await loadDataset(db, saved.value.id);
    if (!after.ok) throw new Error();
    expect(after.value.dataset.name).toBe('Bicycles, January');
    expect(after.value.dataset.glEntries.map((g) => g.amount)).toEqual(['101.23', '-101.23']);
    expect(after.value.revision).toBe(1);
    expect(before.filter((r) => r.table === 'glEntries').length).toBe(2 * COLUMN_SPECS.glEntries.length);
  });

  it('a posting run failing half-way leaves no G/L entry and no changed watermark', async () => {
    const db = await freshDb();
    const saved = await saveDataset(db, smallDataset(), { mode: 'create' });
    if (!saved.ok) throw new Error();
    const changes = emptyChanges();
    changes.watermarks.push({ valueEntryNo: 2, costPostedToGL: '-60.74' });
    changes.glEntries.push(...glEntries(2, 3));
    changes.glItemLedgerRelations.push({ glEntryNo: 3, valueEntryNo: 2, amount: '-60.74' });
    // writes: value-entry watermark columns, the G/L entry chunk, then the relation chunk fails
    const before = failColumnWrite(
      db,
      1,
      () => new Error('injected failure after the G/L entries'),
      (r) => r.table === 'glItemLedgerRelations',
    );
    await expect(writeChanges(db, saved.value.id, changes)).rejects.toThrow('injected failure');
    const after = await loadDataset(db, saved.value.id);
    if (!after.ok) throw new Error();
    expect(after.value.dataset.glEntries).toHaveLength(2);
    expect(after.value.dataset.glItemLedgerRelations).toHaveLength(2);
    expect(after.value.dataset.valueEntries.map((v) => v.costPostedToGL)).toEqual(['101.23', '0.00']);
    expect(before.map((r) => `${r.table}.${r.field}`)).toContain('valueEntries.costPostedToGL');
  });

  it('a watermark for an unknown value entry rolls the whole change set back', async () => {
    const db = await freshDb();
    const saved = await saveDataset(db, smallDataset(), { mode: 'create' });
    if (!saved.ok) throw new Error();
    const changes = {
      ...emptyChanges(),
      glEntries: glEntries(1, 3),
      watermarks: [{ valueEntryNo: 99, costPostedToGL: '1.00' }],
    };
    const r = await writeChanges(db, saved.value.id, changes);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.where?.entryNo])).toEqual([['reference-unknown', 99]]);
    const after = await loadDataset(db, saved.value.id);
    expect(after.ok && after.value.dataset.glEntries.length).toBe(2);
  });

  it('maps a QuotaExceededError during an import to storage-quota-exceeded, writing nothing', async () => {
    const db = await freshDb();
    failColumnWrite(db, 2, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const r = await saveDataset(db, smallDataset(), { mode: 'create' });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-quota-exceeded']);
    const list = await listDatasets(db);
    expect(list.ok && list.value).toEqual([]);
  });

  it('maps a quota error hidden in AbortError.inner the same way', async () => {
    const db = await freshDb();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    failColumnWrite(db, 1, () => new Dexie.AbortError('Transaction aborted', quota));
    const r = await saveDataset(db, smallDataset(), { mode: 'create' });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-quota-exceeded']);
  });
});
