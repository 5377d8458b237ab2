// The columnar import's chunk builder: rows become chunks of CHUNK_ROWS, read back while the checks run,
// and finish() hands everything over and keeps nothing (so no later reference to it holds an import's chunks).
import { describe, expect, it } from 'vitest';
import { LedgerChunkBuilder } from '../../src/storage';
import { decodeRows } from '../../src/storage/chunk-codec';
import { CHUNK_ROWS, COLUMN_SPECS } from '../../src/storage/column-specs';
import { glEntries } from './fixtures';

const SCALES = { amountScale: 2, unitAmountScale: 5 };

function filled(n: number): LedgerChunkBuilder {
  const builder = new LedgerChunkBuilder();
  for (const row of glEntries(n)) builder.add('glEntries', row as unknown as Record<string, unknown>, SCALES);
  return builder;
}

describe('LedgerChunkBuilder', () => {
  it('reads back what was added while building', () => {
    const builder = filled(CHUNK_ROWS + 2);
    expect(builder.count('glEntries')).toBe(CHUNK_ROWS + 2);
    expect(builder.value('glEntries', CHUNK_ROWS + 1, 'entryNo')).toBe(CHUNK_ROWS + 2);
    expect(builder.value('glEntries', CHUNK_ROWS + 1, 'amount')).toBe(`${CHUNK_ROWS + 2}.00`);
    expect(builder.value('glEntries', 0, 'glAccountNo')).toBe('7290');
  });

  it('hands over full and cut chunks with their dictionary, and is empty afterwards', () => {
    const builder = filled(CHUNK_ROWS + 2);
    const built = builder.finish();
    const chunks = built.chunks.glEntries;
    expect(chunks.map((c) => c.rowCount)).toEqual([CHUNK_ROWS, 2]);
    expect(chunks[1]!.columns.entryNo).toHaveLength(2);
    const last = decodeRows(chunks[1]!, COLUMN_SPECS.glEntries, built.dict.values, SCALES);
    expect(last).toEqual(glEntries(CHUNK_ROWS + 2).slice(CHUNK_ROWS));
    expect(last.map((r) => r.amount)).toEqual([`${CHUNK_ROWS + 1}.00`, `${CHUNK_ROWS + 2}.00`]);
    expect(built.scales).toEqual(SCALES);

    expect(builder.count('glEntries')).toBe(0);
    expect(() => builder.value('glEntries', 0, 'entryNo')).toThrow(/no row 0/);
    const again = builder.finish();
    expect(again.chunks.glEntries).toEqual([]);
    expect(again.dict.size).toBe(0);
    expect(again.scales).toBeNull();
  });
});
