// Stored column records → LedgerColumns without IndexedDB: the sample dataset's ledgers encoded as the chunk
// writer does (dictionary indexes past page 0, cells in 8, 16 or 32 bits or through a code table, chunks split
// unevenly), added field by field in a scrambled order, give exactly the columns core builds from the rows.
import { describe, expect, it } from 'vitest';
import { buildLedgerColumns } from '../../src/core/columns';
import { scaleOf } from '../../src/core/money';
import { encodeRows } from '../../src/storage/chunk-codec';
import { encodeColumn } from '../../src/storage/column-records';
import { COLUMN_SPECS } from '../../src/storage/column-specs';
import { StringDictionary } from '../../src/storage/string-dictionary';
import {
  LedgerColumnsBuilder,
  MATRIX_READS,
  type FieldChunk,
  type MatrixTable,
} from '../../src/storage/to-ledger-columns';
import { readSampleDataset } from '../../src/worker/use-cases/sample-dataset';
import { columnValues } from './fixtures';

const FILLER = 70_000;

describe('LedgerColumnsBuilder', () => {
  it('gives the columns buildLedgerColumns gives, whatever the field order and cell widths', () => {
    const sample = readSampleDataset();
    if (!sample.ok) throw new Error('no sample');
    const ds = sample.value;
    const scale = scaleOf(ds.generalLedgerSetup.amountRoundingPrecision);
    const dict = new StringDictionary();
    dict.code('Sale'); // an option text seen before the rows, like one left by an earlier import
    for (let i = 0; i < FILLER; i++) dict.code(`filler ${i}`);
    const tables = {
      valueEntries: ds.valueEntries,
      glEntries: ds.glEntries,
      glItemLedgerRelations: ds.glItemLedgerRelations,
    };
    const fields: { table: MatrixTable; field: string; chunks: FieldChunk[] }[] = [];
    const widths = new Set<string>();
    for (const table of Object.keys(MATRIX_READS) as MatrixTable[]) {
      const rows = tables[table] as unknown as Record<string, unknown>[];
      // Two chunks: the first of one row, so the second holds codes first seen in it.
      const parts = [rows.slice(0, 1), rows.slice(1)];
      const encoded = parts.map((p) =>
        encodeRows(p, COLUMN_SPECS[table], dict, { amountScale: scale, unitAmountScale: 5 }),
      );
      for (const field of MATRIX_READS[table]) {
        const chunks = encoded.map((e, k): FieldChunk => {
          const { values, codes } = encodeColumn(e.columns[field]!);
          widths.add(codes ? 'code table' : values.constructor.name);
          const chunk: FieldChunk = { rowCount: parts[k]!.length, values };
          if (codes) chunk.codes = codes;
          const exceptions = e.exceptions[field];
          if (exceptions) chunk.exceptions = exceptions;
          return chunk;
        });
        fields.push({ table, field, chunks });
      }
    }
    const builder = new LedgerColumnsBuilder(
      scale,
      {
        valueEntries: ds.valueEntries.length,
        glEntries: ds.glEntries.length,
        glItemLedgerRelations: ds.glItemLedgerRelations.length,
      },
      dict.size,
    );
    for (const f of [...fields].reverse()) builder.addField(f.table, f.field, f.chunks);
    const indexes = builder.dictionaryIndexes();
    expect(indexes.some((i) => i >= 0x10000)).toBe(true);
    expect(['Uint8Array', 'Uint32Array', 'code table'].every((w) => widths.has(w))).toBe(true);
    const looked: number[] = [];
    const cols = builder.finish((i) => (looked.push(i), dict.values[i]!));
    expect(columnValues(cols)).toEqual(columnValues(buildLedgerColumns(ds)));
    expect(new Set(looked)).toEqual(new Set(indexes));
    // Whole numbers that fit in 32 bits come as Int32Arrays; relations without amounts (NaN) stay Float64.
    expect(cols.valueEntries.costAmountActual).toBeInstanceOf(Int32Array);
    expect(cols.glEntries.entryNo).toBeInstanceOf(Int32Array);
    expect(cols.relations.amount).toBeInstanceOf(Float64Array);
  });

  it('refuses to finish before every field was added, and an option text it does not know', () => {
    const rows = { valueEntries: 1, glEntries: 0, glItemLedgerRelations: 0 };
    const builder = new LedgerColumnsBuilder(2, rows, 10);
    expect(() => builder.finish(() => '')).toThrow('was not read');
    for (const table of Object.keys(MATRIX_READS) as MatrixTable[])
      for (const field of MATRIX_READS[table])
        builder.addField(table, field, rows[table] ? [{ rowCount: 1, values: Uint8Array.from([3]) }] : []);
    expect(() => builder.finish((i) => (i === 3 ? 'Purchase' : ''))).toThrow('unknown entry type: "Purchase"');
  });
});
