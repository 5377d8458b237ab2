// The CSV fast lane (row-encoder.ts) against the record path: the same files read into a chunk builder
// that takes encoded rows and into one that takes only records give the same problems, the same column
// chunks and the same dictionary, byte for byte — over plain rows, odd-but-valid cells and bad cells.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readDatasetCsv, type CsvFile } from '../../src/core/interchange';
import type { LedgerSink, SinkTableName } from '../../src/core/interchange/columnar';
import { datasetWithDefaults } from '../../src/core/model';
import { LedgerChunkBuilder } from '../../src/storage';

const base = datasetWithDefaults({
  generalLedgerSetup: { amountRoundingPrecision: '0.01', unitAmountRoundingPrecision: '0.00001' },
  items: [{ no: 'I1' }, { no: 'I2' }],
  locations: [{ code: 'RED' }, { code: 'BLUE' }],
  glAccounts: [{ no: '2130' }, { no: '7290' }],
  dimensions: [{ code: 'DEPT', values: ['SALES', 'ADM'] }],
});

/** A builder seen only through the record interface: every row takes the record path. */
function recordsOnly(builder: LedgerChunkBuilder): LedgerSink {
  return {
    add: (t: SinkTableName, r, s) => builder.add(t, r, s),
    count: (t: SinkTableName) => builder.count(t),
    value: (t: SinkTableName, i: number, f: string) => builder.value(t, i, f),
  };
}

function readBoth(files: CsvFile[]) {
  const fast = new LedgerChunkBuilder();
  const slow = new LedgerChunkBuilder();
  const encoded = vi.spyOn(fast, 'addEncoded');
  const a = readDatasetCsv(files, { base, ledgerSink: fast });
  const b = readDatasetCsv(files, { base, ledgerSink: recordsOnly(slow) });
  return { a, b, fast: fast.finish(), slow: slow.finish(), encodedRows: encoded.mock.calls.length };
}

function expectSame(files: CsvFile[]) {
  const { a, b, fast, slow } = readBoth(files);
  expect(a.ok ? a.warnings : a.problems).toEqual(b.ok ? b.warnings : b.problems);
  expect(a.ok).toBe(b.ok);
  if (!a.ok) return;
  expect(fast.scales).toEqual(slow.scales);
  expect(fast.dict.values).toEqual(slow.dict.values);
  expect(fast.chunks).toEqual(slow.chunks);
}

const csv = (name: string, header: string[], rows: string[][], d = ',') => ({
  name,
  text: [header, ...rows].map((r) => r.join(d)).join('\n') + '\n',
});

// Cells: mostly plain; some valid in an unusual form (the record path takes them); in dirty files some bad.
type Mode = 'clean' | 'dirty';
const cell =
  (plain: fc.Arbitrary<string>, valid: string[], bad: string[] = []) =>
  (mode: Mode) => {
    const odd = mode === 'clean' ? valid : [...valid, ...bad];
    if (odd.length === 0) return plain;
    return fc.oneof(
      { weight: mode === 'clean' ? 30 : 8, arbitrary: plain },
      { weight: 1, arbitrary: fc.constantFrom(...odd) },
    );
  };
const plainAmount = fc
  .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`);
const oddAmounts = ['0', '-0.00', '+12.5', ' 7.10 ', '1.2300', '007.5', '1234567890123.45'];
const badAmounts = ['1.234', '12,5', 'abc', '1.', '.5', '1e3', '99999999999999'];
const amount = cell(plainAmount, ['', ...oddAmounts], badAmounts);
const requiredAmount = cell(plainAmount, oddAmounts, ['', ...badAmounts]);
const quantity = cell(
  fc.integer({ min: -500, max: 500 }).map(String),
  ['', '2.5', '-0', '1.123450'],
  ['0.000001', 'x'],
);
const unitAmount = cell(
  fc.integer({ min: 0, max: 99999 }).map((n) => `${n}.71`),
  ['', '10.10000'],
  ['3.123456'],
);
const isoDate = fc
  .integer({ min: 0, max: 800 })
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
const date = cell(isoDate, [' 2025-03-01', '2024-02-29', '0050-01-01'], ['', '2025-02-30', '25-01-01']);
const optionalDate = cell(isoDate, ['', ' 2025-03-01', '0050-01-01'], ['2025-02-30']);
const bool = cell(fc.constantFrom('true', 'false'), ['', 'TRUE', 'Yes', '0', '1', ' no'], ['maybe']);
const item = cell(fc.constantFrom('I1', 'I2'), ['i1', ' I2 ', 'I9', "'=I1"], ['', 'X'.repeat(21)]);
const location = cell(fc.constantFrom('RED', 'BLUE', ''), ['red'], ['GREEN']);
const code = cell(fc.constantFrom('RESALE', 'DOMESTIC', 'RETAIL', ''), ['resale', ' RETAIL']);
const docNo = cell(
  fc.integer({ min: 1, max: 60 }).map((n) => `PR${n}`),
  ['', 'pr1', "'+PR2"],
);
const ileTypes = fc.constantFrom('Purchase', 'Sale', 'Positive Adjmt.');
const ileType = cell(ileTypes, ['', ' Sale', 'Output'], ['sale']);
const ileEntryType = cell(ileTypes, [' Sale', 'Output'], ['', 'sale']);
const veType = cell(fc.constantFrom('Direct Cost', 'Revaluation', 'Rounding'), ['Variance'], ['', 'direct cost']);
const orderType = cell(fc.constantFrom('', 'Production'), ['Assembly'], ['nope']);
const text = cell(fc.constantFrom('Chair', 'Desk, oak', ''), ['=SUM(A1)', "'=SUM(A1)", ' spaced ']);
const dim = cell(fc.constantFrom('', 'SALES', 'ADM'), ['sales', 'OTHER'], ['X'.repeat(21)]);
const ref = cell(fc.integer({ min: 1, max: 3 }).map(String), ['', '007', ' 3'], ['0', '-1', '1234567890123456', '99']);
const ileRef = cell(fc.integer({ min: 1, max: 3 }).map(String), ['007', ' 3'], ['', '0', '-1', '99']);
const account = cell(fc.constantFrom('2130', '7290'), [' 2130'], ['9999', '']);

type Columns = [string, (mode: Mode) => fc.Arbitrary<string>][];
const VE_COLUMNS: Columns = [
  ['itemNo', item],
  ['postingDate', date],
  ['itemLedgerEntryType', ileType],
  ['entryType', veType],
  ['itemLedgerEntryNo', ileRef],
  ['valuationDate', optionalDate],
  ['documentNo', docNo],
  ['locationCode', location],
  ['inventoryPostingGroup', code],
  ['genBusPostingGroup', code],
  ['genProdPostingGroup', code],
  ['itemLedgerEntryQuantity', quantity],
  ['invoicedQuantity', quantity],
  ['costPerUnit', unitAmount],
  ['costAmountActual', amount],
  ['costAmountExpected', amount],
  ['costPostedToGL', amount],
  ['expectedCostPostedToGL', amount],
  ['salesAmountActual', amount],
  ['adjustment', bool],
  ['expectedCost', bool],
  ['orderType', orderType],
  ['orderNo', docNo],
  ['inventoriable', bool],
  ['dim:DEPT', dim],
  ['dim:AREA', dim],
];
const GL_COLUMNS: Columns = [
  ['glAccountNo', account],
  ['postingDate', date],
  ['amount', requiredAmount],
  ['documentNo', docNo],
  ['description', text],
  ['sourceCode', code],
  ['closingDate', bool],
  ['dim:DEPT', dim],
];
const ILE_COLUMNS: Columns = [
  ['itemNo', item],
  ['postingDate', date],
  ['entryType', ileEntryType],
  ['documentNo', docNo],
  ['locationCode', location],
  ['quantity', quantity],
  ['remainingQuantity', quantity],
  ['open', bool],
  ['appliesToEntry', ref],
];

/**
 * A file of a table: its required columns and a random subset of the others, entry nos. in order or
 * reversed (dirty files: also repeated), `;` files with decimal commas.
 */
function tableFile(name: string, columns: Columns, required: number, mode: Mode, minRows = 0) {
  return fc
    .tuple(
      fc.subarray(columns.slice(required), { minLength: 0 }),
      fc.integer({ min: minRows, max: 25 }),
      fc.constantFrom('ordered', 'reversed', ...(mode === 'dirty' ? ['repeated'] : [])),
      fc.constantFrom(',', ';'),
    )
    .chain(([optional, n, order, delimiter]) => {
      const cols = [...columns.slice(0, required), ...optional];
      const row = fc.tuple(...cols.map(([, arb]) => arb(mode)));
      return fc.array(row, { minLength: n, maxLength: n }).map((rows) => {
        const entryNo = (i: number) => (order === 'ordered' ? i + 1 : order === 'reversed' ? n - i : (i % 4) + 1);
        const local = (c: string) => (delimiter === ';' ? c.replace(/^(-?\d+)\.(\d+)$/, '$1,$2') : c);
        const quote = (c: string) => (c.includes(delimiter) ? `"${c}"` : c);
        return csv(
          name,
          ['entryNo', ...cols.map(([h]) => h)],
          rows.map((r, i) => [String(entryNo(i)), ...r.map((c) => quote(local(c)))]),
          delimiter,
        );
      });
    });
}

const ledgerFiles = (mode: Mode) =>
  fc.tuple(
    tableFile('value-entries.csv', VE_COLUMNS, 5, mode),
    tableFile('gl-entries.csv', GL_COLUMNS, 3, mode),
    tableFile('item-ledger-entries.csv', ILE_COLUMNS, 3, mode, 3),
  );

describe('CSV fast lane = record path', () => {
  it('reads plain files identically (each row through the fast lane)', () => {
    const files = [
      csv(
        'value-entries.csv',
        [
          'entryNo',
          'itemLedgerEntryNo',
          'itemNo',
          'postingDate',
          'itemLedgerEntryType',
          'entryType',
          'costAmountActual',
          'dim:DEPT',
        ],
        [
          ['1', '1', 'I1', '2025-01-01', 'Purchase', 'Direct Cost', '10.00', 'SALES'],
          ['2', '1', 'I1', '2025-01-02', 'Purchase', 'Direct Cost', '-0.50', ''],
        ],
      ),
      csv(
        'item-ledger-entries.csv',
        ['entryNo', 'itemNo', 'postingDate', 'entryType'],
        [['1', 'I1', '2025-01-01', 'Purchase']],
      ),
      csv('gl-entries.csv', ['entryNo', 'glAccountNo', 'postingDate', 'amount'], [['5', '2130', '2025-01-01', '10']]),
      csv(
        'gl-item-ledger-relations.csv',
        ['glEntryNo', 'valueEntryNo', 'amount'],
        [
          ['5', '1', ''],
          ['5', '2', '1.5'],
        ],
      ),
    ];
    expectSame(files);
    const { a, fast, encodedRows } = readBoth(files);
    expect(a.ok).toBe(true);
    expect(encodedRows).toBe(6);
    expect([...fast.chunks.glItemLedgerRelations[0]!.columns.amount!]).toEqual([NaN, 150]);
    // Independently known cells: 10.00 at 2 decimals = 1000 minor units; the valuation date defaults to the posting date.
    const ve = fast.chunks.valueEntries[0]!;
    expect([...ve.columns.costAmountActual!]).toEqual([1000, -50]);
    expect([...ve.columns.valuationDate!]).toEqual([20089, 20090]);
  });

  it.each(['clean', 'dirty'] as const)(
    'reads random %s ledger files identically',
    (mode) => {
      let imported = 0;
      let encodedRows = 0;
      fc.assert(
        fc.property(ledgerFiles(mode), (files) => {
          expectSame([...files]);
          const read = readBoth([...files]);
          if (read.a.ok) imported++;
          encodedRows += read.encodedRows;
        }),
        { numRuns: 120 },
      );
      expect(encodedRows).toBeGreaterThan(500);
      // Clean files mostly import (their chunks are compared); dirty ones mostly fail (their problems are).
      if (mode === 'clean') expect(imported).toBeGreaterThan(60);
      else expect(imported).toBeLessThan(60);
    },
    60_000,
  );
});
