// The row views the dataset checks read over a columnar import: each row reads its own sink, and the
// rows' prototype is shared by every sink (a per-sink prototype kept an import's chunks alive after it).
import { describe, expect, it } from 'vitest';
import { SinkRows, type LedgerSink, type SinkTableName } from '../../../src/core/interchange/columnar';
import { sinkRowPrototype } from '../../../src/core/interchange/columnar/sink-rows';

/** A sink over fixed G/L entries (no encoding), enough to read rows back. */
function glSink(rows: { entryNo: number; glAccountNo: string }[]): LedgerSink {
  return {
    add: () => undefined,
    count: (t: SinkTableName) => (t === 'glEntries' ? rows.length : 0),
    value: (_t: SinkTableName, i: number, field: string) => (rows[i] as Record<string, unknown>)[field],
  };
}

describe('SinkRows', () => {
  const a = new SinkRows(
    glSink([
      { entryNo: 7, glAccountNo: '2130' },
      { entryNo: 8, glAccountNo: '7290' },
    ]),
    'glEntries',
  );
  const b = new SinkRows(glSink([{ entryNo: 1, glAccountNo: '5510' }]), 'glEntries');

  it('gives each row the fields of its own sink', () => {
    expect(a.map((r) => [r.entryNo, r.glAccountNo])).toEqual([
      [7, '2130'],
      [8, '7290'],
    ]);
    expect(b.map((r) => [r.entryNo, r.glAccountNo])).toEqual([[1, '5510']]);
    expect(a.length).toBe(2);
    expect(a.some((r) => r.glAccountNo === '7290')).toBe(true);
    expect(b.some((r) => r.glAccountNo === '7290')).toBe(false);
  });

  it('shares one prototype per table across sinks, holding no sink', () => {
    const protos = [...a.map((r) => r), ...b.map((r) => r)].map((r) => Object.getPrototypeOf(r) as object);
    expect(protos).toHaveLength(3);
    for (const p of protos) expect(p === sinkRowPrototype('glEntries')).toBe(true);
    expect(Object.isFrozen(sinkRowPrototype('glEntries'))).toBe(true);
    expect(sinkRowPrototype('valueEntries') === sinkRowPrototype('glEntries')).toBe(false);
  });

  it('shows the checks only the table fields (the row state is under symbols)', () => {
    const row = a.map((r) => r)[0]!;
    const fields: string[] = [];
    for (const key in row) fields.push(key);
    expect(fields).toEqual(['entryNo', 'glAccountNo', 'dimensions']);
    expect(Object.keys(row)).toEqual([]);
  });
});
