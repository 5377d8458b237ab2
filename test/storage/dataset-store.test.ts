// Datasets in IndexedDB (fake-indexeddb): round trip, chunking, append, change sets.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyChanges } from '../../src/core/model';
import {
  deleteDataset,
  listDatasets,
  loadDataset,
  openCostbookDb,
  readLedgerColumns,
  saveDataset,
  StaleRevisionError,
  writeChanges,
  type CostbookDb,
} from '../../src/storage';
import { CHUNK_ROWS, COLUMN_SPECS } from '../../src/storage/column-specs';
import { glEntries, smallDataset, uniqueDbName } from './fixtures';

async function freshDb(): Promise<CostbookDb> {
  const r = await openCostbookDb({ name: uniqueDbName() });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

function value<T>(r: { ok: true; value: T } | { ok: false; problems: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('dataset store', () => {
  it('round-trips a dataset: setup rows in order, ledgers field by field', async () => {
    const db = await freshDb();
    const ds = smallDataset();
    const saved = value(await saveDataset(db, ds, { mode: 'create' }));
    expect(saved.counts).toEqual({
      itemLedgerEntries: 2,
      itemApplicationEntries: 1,
      valueEntries: 2,
      glEntries: 2,
      glItemLedgerRelations: 2,
    });
    const { dataset, revision } = value(await loadDataset(db, saved.id));
    expect(revision).toBe(1);
    expect(dataset.glAccounts).toEqual(ds.glAccounts);
    expect(dataset.items).toEqual(ds.items);
    expect(dataset.dimensions).toEqual(ds.dimensions);
    expect(dataset.generalLedgerSetup).toEqual(ds.generalLedgerSetup);
    expect(dataset.itemLedgerEntries).toEqual(ds.itemLedgerEntries);
    expect(dataset.glItemLedgerRelations).toEqual(ds.glItemLedgerRelations);
    expect(dataset.glEntries[1]).toEqual({ ...ds.glEntries[1], closingDate: true, dateCompressed: true });
    // amounts come back in canonical form: "0" → "0.00"
    expect(dataset.valueEntries[0]).toEqual({
      ...ds.valueEntries[0],
      costAmountExpected: '0.00',
      expectedCostPostedToGL: '0.00',
      salesAmountActual: '0.00',
    });
  });

  it('keeps several datasets side by side and deletes one without touching the other', async () => {
    const db = await freshDb();
    const a = value(await saveDataset(db, { ...smallDataset(), name: 'A' }, { mode: 'create' }));
    const b = value(
      await saveDataset(db, { ...smallDataset(), name: 'B', glEntries: glEntries(3) }, { mode: 'create' }),
    );
    expect(
      value(await listDatasets(db))
        .map((d) => d.name)
        .sort(),
    ).toEqual(['A', 'B']);
    value(await deleteDataset(db, a.id));
    expect(value(await listDatasets(db)).map((d) => d.name)).toEqual(['B']);
    expect(value(await loadDataset(db, b.id)).dataset.glEntries.map((g) => g.amount)).toEqual(['1.00', '2.00', '3.00']);
    const gone = await loadDataset(db, a.id);
    expect(gone.ok ? [] : gone.problems.map((p) => p.code)).toEqual(['dataset-not-found']);
    expect(await db.columns.where('datasetId').equals(a.id).count()).toBe(0);
    expect(await db.columns.where('datasetId').equals(b.id).count()).toBeGreaterThan(0);
  });

  it('splits a big ledger into 50k-row chunks with entry-no. and date summaries', async () => {
    const db = await freshDb();
    const n = CHUNK_ROWS * 2 + 10;
    const saved = value(await saveDataset(db, { ...smallDataset(), glEntries: glEntries(n) }, { mode: 'create' }));
    const record = (await db.datasets.get(saved.id))!;
    expect(record.chunks.glEntries.map((s) => [s.rowCount, s.minEntryNo, s.maxEntryNo])).toEqual([
      [CHUNK_ROWS, 1, CHUNK_ROWS],
      [CHUNK_ROWS, CHUNK_ROWS + 1, 2 * CHUNK_ROWS],
      [10, 2 * CHUNK_ROWS + 1, n],
    ]);
    const cols = value(await readLedgerColumns(db, saved.id, 'glEntries'));
    expect(cols.rowCount).toBe(n);
    let sum = 0;
    for (const c of cols.chunks) for (const v of c.columns.amount as Float64Array) sum += v;
    expect(sum).toBe(((n * (n + 1)) / 2) * 100); // 1.00 + 2.00 + … in minor units
    // a date range skips chunks whose posting dates all fall outside it (first half is 2026-01-05)
    const jan = value(await readLedgerColumns(db, saved.id, 'glEntries', { dateRange: { toDay: 20460 } }));
    expect(jan.chunks.map((c) => c.chunkNo)).toEqual([0, 1]);
  });

  it('appends rows, refilling the last chunk, and refuses entry nos. already stored', async () => {
    const db = await freshDb();
    const saved = value(
      await saveDataset(db, { ...smallDataset(), glEntries: glEntries(CHUNK_ROWS - 1) }, { mode: 'create' }),
    );
    const more = {
      ...smallDataset(),
      glAccounts: [],
      itemLedgerEntries: [],
      itemApplicationEntries: [],
      valueEntries: [],
      glItemLedgerRelations: [],
      glEntries: glEntries(3, CHUNK_ROWS),
    };
    const after = value(await saveDataset(db, more, { mode: 'append', datasetId: saved.id }));
    expect(after.counts.glEntries).toBe(CHUNK_ROWS + 2);
    expect(after.revision).toBe(2);
    const record = (await db.datasets.get(saved.id))!;
    expect(record.chunks.glEntries.map((s) => s.rowCount)).toEqual([CHUNK_ROWS, 2]);
    const again = await saveDataset(db, more, { mode: 'append', datasetId: saved.id });
    expect(again.ok ? [] : again.problems.map((p) => [p.code, p.where?.entryNo])).toEqual([
      ['duplicate-entry-no', CHUNK_ROWS],
      ['duplicate-entry-no', CHUNK_ROWS + 1],
      ['duplicate-entry-no', CHUNK_ROWS + 2],
    ]);
    expect(value(await listDatasets(db))[0]!.counts.glEntries).toBe(CHUNK_ROWS + 2);
  });

  it('replaces a dataset whole, keeping its id', async () => {
    const db = await freshDb();
    const saved = value(await saveDataset(db, smallDataset(), { mode: 'create' }));
    value(
      await saveDataset(
        db,
        { ...smallDataset(), name: 'New', glEntries: glEntries(1) },
        { mode: 'replace', datasetId: saved.id },
      ),
    );
    const { dataset, revision } = value(await loadDataset(db, saved.id));
    expect([dataset.name, dataset.glEntries.length, revision]).toEqual(['New', 1, 2]);
  });

  it('writes a posting run: new G/L entries, relations and watermarks, rewriting only touched columns', async () => {
    const db = await freshDb();
    const saved = value(
      await saveDataset(db, { ...smallDataset(), glEntries: glEntries(CHUNK_ROWS + 5) }, { mode: 'create' }),
    );
    const written: string[] = [];
    db.columns.hook('creating', (key) => void written.push(`new ${String(key)}`));
    db.columns.hook('updating', (_mods, key) => void written.push(`update ${String(key)}`));
    const changes = emptyChanges();
    changes.watermarks.push({ valueEntryNo: 2, costPostedToGL: '-60.74' });
    changes.glEntries.push(...glEntries(2, CHUNK_ROWS + 6));
    changes.glItemLedgerRelations.push({ glEntryNo: CHUNK_ROWS + 6, valueEntryNo: 2, amount: '-60.74' });
    value(await writeChanges(db, saved.id, changes, { expectedRevision: 1 }));
    const { dataset } = value(await loadDataset(db, saved.id));
    expect(dataset.valueEntries.map((v) => v.costPostedToGL)).toEqual(['101.23', '-60.74']);
    expect(dataset.glEntries).toHaveLength(CHUNK_ROWS + 7);
    expect(dataset.glItemLedgerRelations).toHaveLength(3);
    const id = saved.id;
    // the refilled last G/L and relation chunks are rewritten whole; of the value entries only the watermarks
    expect(written.sort()).toEqual(
      [
        ...COLUMN_SPECS.glEntries.map((s) => `update ${id},glEntries,${s.field},1`),
        ...COLUMN_SPECS.glItemLedgerRelations.map((s) => `update ${id},glItemLedgerRelations,${s.field},0`),
        `update ${id},valueEntries,costPostedToGL,0`,
        `update ${id},valueEntries,expectedCostPostedToGL,0`,
      ].sort(),
    );
  });

  it('applies watermarks to value entries created in the same change set, and upserts ledger entries', async () => {
    const db = await freshDb();
    const ds = smallDataset();
    const saved = value(await saveDataset(db, ds, { mode: 'create' }));
    const changes = emptyChanges();
    changes.valueEntries.push({ ...ds.valueEntries[1]!, entryNo: 3, costAmountActual: '-10.00' });
    changes.watermarks.push({ valueEntryNo: 3, costPostedToGL: '-10.00' });
    changes.itemLedgerEntries.push({ ...ds.itemLedgerEntries[0]!, remainingQuantity: '0', open: false });
    value(await writeChanges(db, saved.id, changes));
    const { dataset } = value(await loadDataset(db, saved.id));
    expect(dataset.valueEntries[2]).toMatchObject({ entryNo: 3, costPostedToGL: '-10.00' });
    expect(dataset.itemLedgerEntries.map((e) => [e.entryNo, e.remainingQuantity, e.open])).toEqual([
      [1, '0', false],
      [2, '0', false],
    ]);
  });

  it("upserts the change set's items by no. in the same transaction, keeping the item order", async () => {
    const db = await freshDb();
    const ds = smallDataset();
    const saved = value(await saveDataset(db, ds, { mode: 'create' }));
    const changes = emptyChanges();
    changes.items.push({ ...ds.items[0]!, standardCost: '140.00', unitCost: '140.00' });
    changes.items.push({ ...ds.items[0]!, no: '2000', description: 'Chain' });
    changes.glEntries = glEntries(1, 3);
    value(await writeChanges(db, saved.id, changes));
    const { dataset } = value(await loadDataset(db, saved.id));
    expect(dataset.items.map((i) => [i.no, i.description, i.standardCost, i.unitCost])).toEqual([
      ['1000', 'Bicycle', '140.00', '140.00'],
      ['2000', 'Chain', ds.items[0]!.standardCost, ds.items[0]!.unitCost],
    ]);
  });

  it('refuses a write planned on an older revision (another tab wrote first)', async () => {
    const db = await freshDb();
    const saved = value(await saveDataset(db, smallDataset(), { mode: 'create' }));
    value(
      await writeChanges(db, saved.id, { ...emptyChanges(), glEntries: glEntries(1, 10) }, { expectedRevision: 1 }),
    );
    await expect(
      writeChanges(db, saved.id, { ...emptyChanges(), glEntries: glEntries(1, 11) }, { expectedRevision: 1 }),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    expect(value(await loadDataset(db, saved.id)).dataset.glEntries).toHaveLength(3);
  });
});
