// The columnar ledgers: codes in dictionaries, day numbers, minor units, and chunks that slice and concat.
import { describe, expect, it } from 'vitest';
import {
  allocateValueEntryColumns,
  buildEntryIndex,
  isAscending,
  buildLedgerColumns,
  concatColumnTables,
  sliceColumnTable,
} from '../../../src/core/columns';
import { dayIndex } from '../../../src/core/dates';
import { company, gl, rel, ve } from './ledger-fixture';

describe('buildLedgerColumns', () => {
  const ds = company({
    valueEntries: [
      ve({ entryNo: 10, itemLedgerEntryType: 'Purchase', postingDate: '2024-01-02', costAmountActual: '12.34' }),
      ve(
        {
          entryNo: 11,
          itemNo: '1001',
          itemLedgerEntryType: '',
          orderType: 'Production',
          postingDate: '2024-01-03',
          costAmountActual: '-0.05',
        },
        false,
      ),
    ],
    glEntries: [gl(1, '2130', '2023-12-31', '-5.00', { closingDate: true })],
    glItemLedgerRelations: [rel(1, 10), rel(1, 11, '1.50')],
  });
  const cols = buildLedgerColumns(ds);

  it('holds codes as dictionary indexes, dates as day numbers, money as minor units', () => {
    const v = cols.valueEntries;
    expect(cols.scale).toBe(2);
    expect(v.length).toBe(2);
    expect([...v.entryNo]).toEqual([10, 11]);
    expect(cols.dictionaries.items.codes).toEqual(['1000', '1001']);
    expect([...v.itemNo]).toEqual([0, 1]);
    expect([...v.itemLedgerEntryType]).toEqual([1, 0]); // Purchase, blank (capacity)
    expect([...v.orderType]).toEqual([0, 1]); // blank, Production
    expect(v.postingDate[0]).toBe(dayIndex('2024-01-02'));
    expect([...v.costAmountActual]).toEqual([1234, -5]);
    expect([...v.costPostedToGL]).toEqual([1234, 0]);
    expect([...cols.glEntries.closingDate]).toEqual([1]);
    expect([...cols.glEntries.amount]).toEqual([-500]);
    expect(Number.isNaN(cols.relations.amount[0])).toBe(true);
    expect(cols.relations.amount[1]).toBe(150);
  });

  it('slices into chunks and concatenates them back', () => {
    const v = cols.valueEntries;
    const chunks = [sliceColumnTable(v, 0, 1), sliceColumnTable(v, 1, 2)];
    expect(chunks[1]!.length).toBe(1);
    expect([...chunks[1]!.costAmountActual]).toEqual([-5]);
    const back = concatColumnTables(chunks, allocateValueEntryColumns(0));
    expect(back.length).toBe(2);
    expect([...back.entryNo]).toEqual([10, 11]);
    expect([...back.itemNo]).toEqual([...v.itemNo]);
  });

  it('finds rows by entry no., consecutive, dense or sparse', () => {
    const run = buildEntryIndex(new Float64Array([7, 8, 9]));
    expect([6, 7, 8, 9, 10, 8.5].map((e) => run.rowOf(e))).toEqual([-1, 0, 1, 2, -1, -1]);
    expect(buildEntryIndex(new Float64Array([3, 1, 2])).rowOf(1)).toBe(1);
    expect(buildEntryIndex(new Float64Array([1, 2, 4])).rowOf(4)).toBe(2);
    expect(buildEntryIndex(new Float64Array([1, 2, 4])).rowOf(3)).toBe(-1);
    expect(isAscending(new Float64Array([7, 8, 9]))).toBe(true);
    expect(isAscending(new Int32Array([1, 5, 4]))).toBe(false);
    expect(isAscending(new Int32Array([1, 5, 6]))).toBe(true);
    const sparse = buildEntryIndex(new Float64Array([5, 1e12]));
    expect(sparse.rowOf(1e12)).toBe(1);
    expect(sparse.rowOf(6)).toBe(-1);
  });
});
