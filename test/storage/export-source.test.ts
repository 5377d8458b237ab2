// The export's reads: rows in key order whatever the stored order, and an export that another write
// overtook is written again from the new revision.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyChanges } from '../../src/core/model';
import { ok } from '../../src/core/problems';
import { openCostbookDb, saveDataset, withExportSource, writeChanges } from '../../src/storage';
import { exportRowOrder } from '../../src/storage/ledger-row-order';
import { smallDataset, uniqueDbName } from './fixtures';

const chunk = (values: number[], exceptions?: [number, string][]) => ({
  rowCount: values.length,
  values: Float64Array.from(values),
  ...(exceptions ? { exceptions } : {}),
});

describe('exportRowOrder', () => {
  it('keeps stored order when it is key order (equal keys included)', () => {
    expect(exportRowOrder([[chunk([1, 2, 2]), chunk([3, 9])]])).toBeNull();
    expect(exportRowOrder([[chunk([1, 1, 2])], [chunk([4, 5, 1])]])).toBeNull();
  });

  it('sorts by the keys in turn, equal keys in stored order', () => {
    // G/L entry no., then value entry no.: (2,1) (1,5) (1,5) (1,3) → (1,3) (1,5) (1,5) (2,1)
    const order = exportRowOrder([
      [chunk([2, 1]), chunk([1, 1])],
      [chunk([1, 5]), chunk([5, 3])],
    ]);
    expect(Array.from(order!)).toEqual([3, 1, 2, 0]);
  });

  it('compares numbers by value and an exception value as text, as the whole-dataset sort does', () => {
    const order = exportRowOrder([[chunk([100, 0, 9], [[1, '"x"']])]]);
    expect(Array.from(order!)).toEqual([2, 0, 1]); // 9 < 100 as numbers, "100" < "x" and "9" < "x" as text
  });
});

describe('withExportSource', () => {
  it('writes the export again when the dataset changed while it was written', async () => {
    const opened = await openCostbookDb({ name: uniqueDbName() });
    if (!opened.ok) throw new Error('open failed');
    const db = opened.value;
    const saved = await saveDataset(db, smallDataset(), { mode: 'create' });
    if (!saved.ok) throw new Error('save failed');
    const seen: number[] = [];
    const r = await withExportSource(db, saved.value.id, async (source) => {
      seen.push(source.record.revision);
      if (seen.length === 1) await writeChanges(db, saved.value.id, emptyChanges());
      return ok(source.rowCount('glEntries'));
    });
    expect(r).toMatchObject({ ok: true, value: 2 });
    expect(seen).toEqual([1, 2]);
  });
});
