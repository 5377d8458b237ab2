// The engine's use cases called directly (no Worker) over fake-indexeddb, checked against
// scenario 29's hand-worked numbers (the built-in sample dataset is that scenario's dataset).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decimalEquals } from '../../src/core/money';
import { createEngineApi } from '../../src/worker/engine-api';
import { uniqueDbName } from '../storage/fixtures';
import { value, withSample } from './engine-fixtures';

const RUN = { postingMethod: 'Per Posting Group', documentNo: 'INVT-2601', dateFilter: '..2026-01-20' } as const;

describe('datasets', () => {
  it('stores the sample on first start only', async () => {
    const { api } = await withSample();
    expect(value(await api.ensureSampleDataset())).toBeNull();
    const list = value(await api.listDatasets());
    expect(list.map((d) => [d.name, d.counts.valueEntries, d.counts.glEntries])).toEqual([
      ['Sample: two items at two locations', 8, 4],
    ]);
  });

  it('exports JSON that imports back to the same bytes', async () => {
    const { api, id } = await withSample();
    const [json] = value(await api.exportDataset(id, 'json'));
    const copy = value(await api.importDataset({ files: [{ name: json!.name, data: json!.data }], mode: 'new' }));
    const [again] = value(await api.exportDataset(copy.id, 'json'));
    expect(await again!.data.text()).toBe(await json!.data.text());
    expect(value(await api.listDatasets())).toHaveLength(2);
  });

  it('imports the CSV files and the zip it exports', async () => {
    const { api, id } = await withSample();
    const csv = value(await api.exportDataset(id, 'csv'));
    expect(csv.map((f) => f.name)).toContain('value-entries.csv');
    const fromCsv = value(
      await api.importDataset({ files: csv.map((f) => ({ name: f.name, data: f.data })), mode: 'new' }),
    );
    expect(fromCsv.counts).toEqual({
      itemLedgerEntries: 8,
      itemApplicationEntries: 0,
      valueEntries: 8,
      glEntries: 4,
      glItemLedgerRelations: 8,
    });
    const [zip] = value(await api.exportDataset(id, 'zip'));
    expect(zip!.data).toBeInstanceOf(Blob);
    const fromZip = value(await api.importDataset({ files: [{ name: 'x.zip', data: zip!.data }], mode: 'new' }));
    expect(fromZip.counts.glItemLedgerRelations).toBe(8);
  });

  it('writes nothing when a record is bad, and names file, line and field', async () => {
    const { api, id } = await withSample();
    const csv = value(await api.exportDataset(id, 'csv'));
    const gl = csv.find((f) => f.name === 'gl-entries.csv')!;
    const lines = (await gl.data.text()).split('\r\n');
    lines[3] = lines[3]!.replace(/,-?\d+\.\d\d,/, ',12.345,'); // third data row: amount too precise
    const r = await api.importDataset({
      files: [{ name: 'gl-entries.csv', data: lines.join('\r\n') }],
      mode: 'replace',
      datasetId: id,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({
      code: 'amount-too-precise',
      where: { file: 'gl-entries.csv', line: 4, field: 'amount' },
    });
    const after = value(await api.listDatasets());
    expect(after[0]!.counts).toEqual({
      itemLedgerEntries: 8,
      itemApplicationEntries: 0,
      valueEntries: 8,
      glEntries: 4,
      glItemLedgerRelations: 8,
    });
    expect(after[0]!.revision).toBe(1);
  });

  it('appends CSV rows that refer to stored entries', async () => {
    const { api, id } = await withSample();
    const csv = 'entryNo,glAccountNo,postingDate,amount\r\n100,2130,2026-01-31,5.00\r\n101,7290,2026-01-31,-5.00\r\n';
    const after = value(
      await api.importDataset({ files: [{ name: 'gl-entries.csv', data: csv }], mode: 'append', datasetId: id }),
    );
    expect(after.counts.glEntries).toBe(6);
    const page = value(await api.ledgerEntries(id, { table: 'glEntries', offset: 4, limit: 10 }));
    expect(page.rows.map((r) => [r.entryNo, r.amount])).toEqual([
      [100, '5.00'],
      [101, '-5.00'],
    ]);
  });

  it('stops an import cancelled while it runs, writing nothing', async () => {
    const { api, id } = await withSample();
    const [json] = value(await api.exportDataset(id, 'json'));
    const r = await api.importDataset(
      { files: [{ name: 'a.json', data: json!.data }], mode: 'new' },
      (p) => {
        if (p.stage === 'reading') void api.cancel('op-1');
      },
      'op-1',
    );
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['operation-cancelled']);
    expect(value(await api.listDatasets())).toHaveLength(1);
  });

  it('deletes a dataset', async () => {
    const { api, id } = await withSample();
    value(await api.deleteDataset(id));
    expect(value(await api.listDatasets())).toEqual([]);
    const r = await api.getSetup(id);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['dataset-not-found']);
  });
});

describe('posting and reconciliation (scenario 29)', () => {
  it('previews, posts once, and a second run finds nothing to post', async () => {
    const { api, id } = await withSample();
    const preview = value(await api.previewPostInventoryCost(id, RUN));
    expect(preview.glEntries.map((g) => [g.entryNo, g.glAccountNo, g.amount])).toEqual([
      [5, '2130', '0.01'],
      [6, '7291', '-0.01'],
      [7, '2130', '-35.00'],
      [8, '2130', '-10.00'],
      [9, '7290', '35.00'],
      [10, '7290', '10.00'],
    ]);
    expect(value(await api.listDatasets())[0]!.counts.glEntries).toBe(4); // a preview writes nothing
    const posted = value(await api.postInventoryCost(id, RUN));
    expect(posted.glEntryCount).toBe(6);
    expect(decimalEquals(posted.reportTotals.Inventory, '-44.99')).toBe(true);
    expect(posted.dataset?.counts.glEntries).toBe(10);
    const again = value(await api.postInventoryCost(id, RUN));
    expect(again.glEntryCount).toBe(0);
    expect(value(await api.listDatasets())[0]!.counts.glEntries).toBe(10);
  });

  it('two tabs posting at once post once (the second re-plans on the fresh watermarks)', async () => {
    const dbName = uniqueDbName();
    const tabA = createEngineApi({ dbName, locks: null });
    const tabB = createEngineApi({ dbName, locks: null });
    const { id } = await withSample(tabA);
    value(await tabB.previewPostInventoryCost(id, RUN)); // tab B has the dataset cached too
    const [a, b] = await Promise.all([tabA.postInventoryCost(id, RUN), tabB.postInventoryCost(id, RUN)]);
    expect([value(a).glEntryCount, value(b).glEntryCount].sort()).toEqual([0, 6]);
    expect(value(await tabA.listDatasets())[0]!.counts.glEntries).toBe(10);
  });

  it('builds the matrix the scenario expects after posting and a manual journal', async () => {
    const { api, id } = await withSample();
    value(await api.postInventoryCost(id, RUN));
    value(
      await api.postGLJournal(id, {
        postingDate: '2026-01-31',
        documentNo: 'GJ-0131',
        lines: [
          { glAccountNo: '7290', amount: '15.00', description: 'Damaged bicycle written off by hand' },
          { glAccountNo: '2130', amount: '-15.00', description: 'Damaged bicycle written off by hand' },
        ],
      }),
    );
    const m = value(await api.buildMatrix(id, {}));
    const expected: Record<string, string> = {
      'Direct Cost Applied|Inventory': '-110.01',
      'COGS|Inventory': '55.00',
      'COGS|G/L Total': '60.00',
      'Total|Inventory': '55.01',
      'G/L Total|Inventory': '50.01',
      'COGS|Difference': '5.00',
      'Difference|Inventory': '-5.00',
    };
    for (const [cell, amount] of Object.entries(expected))
      expect(decimalEquals(m.cells[cell]!, amount), cell).toBe(true);
    const direct = m.causes.find((c) => c.code === 'direct-posting' && c.field === 'Inventory')!;
    expect(decimalEquals(direct.amount, '-15.00')).toBe(true);
    const behind = value(
      await api.matrixDrillDown(
        id,
        { cause: { field: 'Inventory', code: 'direct-posting' } },
        {},
        { offset: 0, limit: 50 },
      ),
    );
    expect(behind.glEntryCount).toBe(direct.glEntryCount);
    const page = value(
      await api.ledgerEntries(id, { table: 'glEntries', offset: 0, limit: 50, entryNos: behind.glEntryNos }),
    );
    expect(page.rows.map((r) => [r.glAccountNo, r.amount])).toEqual([['2130', '-15.00']]);
  });

  it('edits setup and reads it back', async () => {
    const { api, id } = await withSample();
    value(
      await api.editSetup(id, {
        kind: 'upsertRecords',
        table: 'locations',
        records: [{ code: 'green', name: 'Green' }],
      }),
    );
    const setup = value(await api.getSetup(id));
    expect(setup.locations.map((l) => l.code)).toContain('GREEN');
    const bad = await api.editSetup(id, {
      kind: 'setSetup',
      patch: { inventorySetup: { automaticCostAdjustment: 'Sometimes' } },
    });
    expect(bad.ok ? [] : bad.problems.map((p) => p.code)).toEqual(['option-invalid']);
  });
});
