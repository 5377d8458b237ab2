// Column records: a chunk split into one record per field and assembled back — field subsets, exception
// cells with their field, several chunks — both as pure functions and through IndexedDB (fake-indexeddb).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCostbookDb, saveDataset, type CostbookDb } from '../../src/storage';
import { decodeRows, encodeRows } from '../../src/storage/chunk-codec';
import { readChunks, readStoredTableChunks, readTableChunks } from '../../src/storage/chunk-store';
import { CHUNK_ROWS, COLUMN_SPECS } from '../../src/storage/column-specs';
import { assembleChunks, encodeColumn, narrowColumn, splitChunk, widenColumn } from '../../src/storage/column-records';
import type { ChunkRecord, ColumnRecord } from '../../src/storage/records';
import { splitPage, StringDictionary } from '../../src/storage/string-dictionary';
import { glEntries, smallDataset, uniqueDbName } from './fixtures';

const scales = { amountScale: 2, unitAmountScale: 5 };

/** A G/L entry chunk whose second row's amount has more decimals than the column holds (an exception). */
function chunkWithException(chunkNo: number, first: number): ChunkRecord {
  const rows = glEntries(3, first) as unknown as Record<string, unknown>[];
  rows[1] = { ...rows[1], amount: '2.005' };
  const dict = new StringDictionary();
  return {
    datasetId: 'ds',
    table: 'glEntries',
    chunkNo,
    rowCount: 3,
    ...encodeRows(rows, COLUMN_SPECS.glEntries, dict, scales),
  };
}

async function freshDb(): Promise<CostbookDb> {
  const r = await openCostbookDb({ name: uniqueDbName() });
  if (!r.ok) throw new Error('open failed');
  return r.value;
}

describe('column records', () => {
  it('splits a chunk into one record per field, the exceptions going with their field', () => {
    const records = splitChunk(chunkWithException(4, 1));
    expect(records.map((r) => r.field)).toEqual(COLUMN_SPECS.glEntries.map((s) => s.field));
    expect(records.every((r) => r.chunkNo === 4 && r.table === 'glEntries' && r.values.length === 3)).toBe(true);
    expect(records.filter((r) => r.exceptions).map((r) => [r.field, r.exceptions])).toEqual([
      ['amount', [[1, '2.005']]],
    ]);
    expect(splitChunk(chunkWithException(4, 1), ['amount', 'entryNo']).map((r) => r.field)).toEqual([
      'amount',
      'entryNo',
    ]);
  });

  it('stores each column in the narrowest array that holds its cells exactly, and widens it back', () => {
    const cases: [Float64Array | Uint32Array, string][] = [
      [Float64Array.from([1, -2, 2 ** 31 - 1]), 'Int32Array'],
      [Float64Array.from([1, 2 ** 31]), 'Float64Array'], // beyond 32 bits
      [Float64Array.from([1, 0.5]), 'Float64Array'],
      [Float64Array.from([1, NaN]), 'Float64Array'], // null / exception placeholder
      [Uint32Array.from([0, 255]), 'Uint8Array'],
      [Uint32Array.from([0, 65535]), 'Uint16Array'],
      [Uint32Array.from([0, 65536]), 'Uint32Array'],
    ];
    // a full chunk's column stays above Chromium's 64 KiB inline limit: 16-bit codes, not 8
    const full = new Uint32Array(CHUNK_ROWS).fill(7);
    cases.push([full, 'Uint16Array']);
    expect(narrowColumn(new Uint8Array(CHUNK_ROWS)).constructor.name).toBe('Uint16Array');
    for (const [col, stored] of cases) {
      const narrow = narrowColumn(col);
      expect(narrow.constructor.name).toBe(stored);
      const wide = widenColumn(col instanceof Float64Array ? 'amountOrNull' : 'string', narrow);
      expect(wide.constructor).toBe(col.constructor);
      expect([...wide]).toEqual([...col]);
    }
  });

  it('keeps big dictionary indexes of few distinct values as 16-bit positions in a code table of the chunk', () => {
    const col = Uint32Array.from({ length: CHUNK_ROWS }, (_, i) => [70_000, 5, 1_000_000][i % 3]!);
    const { values, codes } = encodeColumn(col);
    expect(values.constructor.name).toBe('Uint16Array');
    expect([...codes!]).toEqual([70_000, 5, 1_000_000]);
    expect([...values.subarray(0, 4)]).toEqual([0, 1, 2, 0]);
    // many distinct values: plain 32-bit cells
    const many = Uint32Array.from({ length: CHUNK_ROWS }, (_, i) => 70_000 + i);
    expect(encodeColumn(many)).toEqual({ values: many });
    // small indexes: narrowed as before, no table
    expect(encodeColumn(Uint32Array.from([3, 3, 4, 3, 3, 3, 3, 3, 3]))).toEqual({
      values: Uint8Array.from([3, 3, 4, 3, 3, 3, 3, 3, 3]),
    });
    const chunk: ChunkRecord = {
      datasetId: 'ds',
      table: 'glEntries',
      chunkNo: 0,
      rowCount: CHUNK_ROWS,
      columns: { glAccountNo: col },
      exceptions: {},
    };
    const [record] = splitChunk(chunk);
    expect(record!.codes).toBeInstanceOf(Uint32Array);
    const back = assembleChunks('ds', 'glEntries', [chunk], new Map([['glAccountNo', [record!]]]));
    expect(back[0]!.columns.glAccountNo).toEqual(col);
  });

  it('assembles several chunks from records given in any order, only the fields read', () => {
    const a = chunkWithException(0, 1);
    const b = chunkWithException(1, 4);
    const byField = new Map<string, ColumnRecord[]>();
    for (const r of [...splitChunk(b, ['entryNo', 'amount']), ...splitChunk(a, ['entryNo', 'amount'])]) {
      byField.set(r.field, [...(byField.get(r.field) ?? []), r]);
    }
    const chunks = assembleChunks('ds', 'glEntries', [a, b], byField);
    expect(chunks.map((c) => [c.chunkNo, Object.keys(c.columns).sort()])).toEqual([
      [0, ['amount', 'entryNo']],
      [1, ['amount', 'entryNo']],
    ]);
    expect([...chunks[1]!.columns.entryNo!]).toEqual([4, 5, 6]);
    expect(chunks[1]!.exceptions).toEqual({ amount: [[1, '2.005']] });
  });

  it('refuses a chunk whose field record is missing or of another length', () => {
    const a = chunkWithException(0, 1);
    const [entryNo] = splitChunk(a, ['entryNo']);
    expect(() =>
      assembleChunks('ds', 'glEntries', [a, { chunkNo: 1, rowCount: 3 }], new Map([['entryNo', [entryNo!]]])),
    ).toThrow('missing column glEntries/1.entryNo');
    expect(() =>
      assembleChunks('ds', 'glEntries', [{ chunkNo: 0, rowCount: 5 }], new Map([['entryNo', [entryNo!]]])),
    ).toThrow('has 3 cells, not 5');
  });

  it('reads only the fields asked for, of every chunk in order, with their exception cells', async () => {
    const db = await freshDb();
    const n = CHUNK_ROWS + 2;
    const gl = glEntries(n);
    gl[CHUNK_ROWS] = { ...gl[CHUNK_ROWS]!, amount: '7.125' }; // first row of chunk 1 cannot be held in cents
    const saved = await saveDataset(db, { ...smallDataset(), glEntries: gl }, { mode: 'create' });
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    const record = (await db.datasets.get(saved.value.id))!;
    const chunks = await readTableChunks(db, record, 'glEntries', { fields: ['amount', 'entryNo'] });
    expect(chunks.map((c) => [c.chunkNo, c.rowCount, Object.keys(c.columns).sort()])).toEqual([
      [0, CHUNK_ROWS, ['amount', 'entryNo']],
      [1, 2, ['amount', 'entryNo']],
    ]);
    expect([...chunks[1]!.columns.entryNo!]).toEqual([CHUNK_ROWS + 1, CHUNK_ROWS + 2]);
    expect(chunks[1]!.exceptions).toEqual({ amount: [[0, '7.125']] });
    expect(chunks[0]!.columns.amount).toBeInstanceOf(Float64Array);
    // as stored: whole cents in 32 bits, except the chunk holding the exception's NaN placeholder
    const stored = await readStoredTableChunks(db, record, 'glEntries', { fields: ['amount'] });
    expect(stored.map((c) => c.columns.amount!.constructor.name)).toEqual(['Int32Array', 'Float64Array']);
    // the whole chunk decodes to the stored rows, the exception verbatim
    const [whole] = await readChunks(db, record, 'glEntries', [1]);
    const dict = (await db.dictionaryPages.toArray()).flatMap((p) => splitPage(p));
    const rows = decodeRows(whole!, COLUMN_SPECS.glEntries, dict, scales);
    expect(rows.map((r) => [r.entryNo, r.amount, r.glAccountNo])).toEqual([
      [CHUNK_ROWS + 1, '7.125', gl[CHUNK_ROWS].glAccountNo],
      [CHUNK_ROWS + 2, gl[CHUNK_ROWS + 1]!.amount, gl[CHUNK_ROWS + 1]!.glAccountNo],
    ]);
  });
});
