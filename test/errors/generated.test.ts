// Bad inputs made at test time rather than committed: ~10 MB of garbage, a flood of errors,
// and broken zip archives. Each must give its code and place, never an exception.
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDatasetCsv, readDatasetJson, unzipCsvFiles } from '../../src/core/interchange';

/** Deterministic printable garbage: a 64 KB block from a xorshift sequence, repeated to `size`. */
function garbage(size: number, alphabet: string): string {
  const block: string[] = [];
  let x = 2463534242;
  for (let i = 0; i < 65536; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    block.push(alphabet.charAt((x >>> 0) % alphabet.length));
  }
  return block
    .join('')
    .repeat(Math.ceil(size / 65536))
    .slice(0, size);
}

describe('generated bad inputs', () => {
  const TEN_MB = 10 * 1024 * 1024;

  it('10 MB of garbage as JSON: one json-syntax-error at line 1, column 1', () => {
    const text = garbage(TEN_MB, 'abc xyz;,\n"{}[]0123');
    const body = `x${text}`;
    const r = readDatasetJson(body, { file: 'garbage.json' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      code: 'json-syntax-error',
      where: { file: 'garbage.json', line: 1, column: 1 },
    });
  });

  it('10 MB of JSON that breaks at its very end: the error is on the last line', () => {
    const row = '{ "entryNo": 1, "glAccountNo": "2130", "postingDate": "2026-01-05", "amount": "1.00" },\n';
    const count = Math.ceil(TEN_MB / row.length);
    const text = `{\n"format": "costbook-dataset",\n"version": 1,\n"glEntries": [\n${row.repeat(count)}`;
    const r = readDatasetJson(text, { file: 'cut.json' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'json-syntax-error', where: { line: 5 + count, column: 1 } });
  });

  it('10 MB of garbage as CSV under an unknown name: table-unknown, nothing read', () => {
    const text = garbage(TEN_MB, 'abcdefgh ;:\n');
    const r = readDatasetCsv([{ name: 'garbage.csv', text }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual(['table-unknown']);
  });

  it('a flood of bad rows: errors beyond the cap are counted in one too-many-problems', () => {
    const header = 'entryNo,glAccountNo,postingDate,amount\n';
    const rows = Array.from({ length: 30 }, (_, i) => `${i + 1},2130,2026-01-05,bad`).join('\n');
    const r = readDatasetCsv([{ name: 'gl-entries.csv', text: header + rows }], { maxErrors: 10 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // 30 bad amounts and 30 unknown accounts: 10 listed, 50 summarised.
    expect(r.problems).toHaveLength(11);
    expect(r.problems[10]).toMatchObject({
      code: 'too-many-problems',
      message: '50 more errors were found but not listed',
    });
    expect(r.problems[0]?.where).toMatchObject({ file: 'gl-entries.csv', line: 2, field: 'amount', value: 'bad' });
  });

  it('bytes that are not a zip: zip-invalid', () => {
    const r = unzipCsvFiles(strToU8('entryNo,amount\n1,2\n'), 'export.zip');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'zip-invalid', where: { file: 'export.zip' } });
  });

  it('a zip without CSV files: file-empty; other files are noted and skipped', () => {
    const r = unzipCsvFiles(zipSync({ 'readme.txt': strToU8('hello') }), 'export.zip');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'file-empty', where: { file: 'export.zip' } });
    const mixed = unzipCsvFiles(zipSync({ 'readme.txt': strToU8('hi'), 'x/locations.csv': strToU8('code\nBLUE\n') }));
    expect(mixed.ok && mixed.value.map((f) => f.name)).toEqual(['x/locations.csv']);
    expect(mixed.ok && mixed.warnings.map((w) => w.code)).toEqual(['table-unknown']);
  });
});
