// Column chunks hold every field of every ledger table exactly, in canonical form.
import { describe, expect, it } from 'vitest';
import {
  defaultGLEntry,
  defaultGLItemLedgerRelation,
  defaultItemApplicationEntry,
  defaultItemLedgerEntry,
  defaultValueEntry,
} from '../../src/core/model';
import { decodeRows, encodeRows } from '../../src/storage/chunk-codec';
import { COLUMN_SPECS } from '../../src/storage/column-specs';
import { StringDictionary } from '../../src/storage/string-dictionary';
import { smallDataset } from './fixtures';

const scales = { amountScale: 2, unitAmountScale: 5 };

describe('column specs', () => {
  it('store every field of the model', () => {
    const models = {
      itemLedgerEntries: defaultItemLedgerEntry({}),
      itemApplicationEntries: defaultItemApplicationEntry({}),
      valueEntries: defaultValueEntry({}),
      glEntries: defaultGLEntry({}),
      glItemLedgerRelations: defaultGLItemLedgerRelation({}),
    };
    for (const [table, row] of Object.entries(models)) {
      const stored = COLUMN_SPECS[table as keyof typeof models].map((s) => s.field).sort();
      expect(stored, table).toEqual(Object.keys(row).sort());
    }
  });
});

describe('chunk codec', () => {
  it('round-trips value entries with all 31 fields', () => {
    const ds = smallDataset();
    const dict = new StringDictionary();
    const enc = encodeRows(ds.valueEntries as never, COLUMN_SPECS.valueEntries, dict, scales);
    expect(enc.columns.costAmountActual).toEqual(new Float64Array([10123, -6074]));
    expect(enc.columns.costPerUnit).toEqual(new Float64Array([1012345, 1010000]));
    expect(enc.columns.itemLedgerEntryQuantity).toEqual(new Float64Array([1000000, -600000]));
    const back = decodeRows({ ...enc, rowCount: 2 }, COLUMN_SPECS.valueEntries, dict.values, scales);
    expect(back[0]).toEqual({
      ...ds.valueEntries[0],
      costAmountExpected: '0.00',
      expectedCostPostedToGL: '0.00',
      salesAmountActual: '0.00',
    });
    expect(back[1]).toMatchObject({
      costPerUnit: '10.1',
      salesAmountActual: '120.00',
      adjustment: true,
      inventoriable: false,
      dimensions: {},
    });
    expect(back[0]!.dimensions).toEqual({ AREA: 'EU', DEPARTMENT: 'SALES' });
  });

  it('keeps null references and amounts, and closing-date flags', () => {
    const ds = smallDataset();
    const dict = new StringDictionary();
    const ile = encodeRows(ds.itemLedgerEntries as never, COLUMN_SPECS.itemLedgerEntries, dict, scales);
    const rel = encodeRows(ds.glItemLedgerRelations as never, COLUMN_SPECS.glItemLedgerRelations, dict, scales);
    expect(
      decodeRows({ ...ile, rowCount: 2 }, COLUMN_SPECS.itemLedgerEntries, dict.values, scales).map(
        (r) => r.appliesToEntry,
      ),
    ).toEqual([null, 1]);
    expect(decodeRows({ ...rel, rowCount: 2 }, COLUMN_SPECS.glItemLedgerRelations, dict.values, scales)).toEqual([
      { glEntryNo: 1, valueEntryNo: 1, amount: '101.23' },
      { glEntryNo: 2, valueEntryNo: 1, amount: null },
    ]);
  });

  it('keeps a value too precise for its column verbatim instead of rounding it', () => {
    const dict = new StringDictionary();
    const rows = [{ glEntryNo: 1, valueEntryNo: 2, amount: '0.125' }];
    const enc = encodeRows(rows, COLUMN_SPECS.glItemLedgerRelations, dict, scales);
    expect(enc.exceptions.amount).toEqual([[0, '0.125']]);
    expect(decodeRows({ ...enc, rowCount: 1 }, COLUMN_SPECS.glItemLedgerRelations, dict.values, scales)).toEqual(rows);
  });

  it('codes each distinct string once', () => {
    const dict = new StringDictionary();
    encodeRows(smallDataset().valueEntries as never, COLUMN_SPECS.valueEntries, dict, scales);
    expect(dict.values.filter((v) => v === 'BLUE')).toHaveLength(1);
  });
});
