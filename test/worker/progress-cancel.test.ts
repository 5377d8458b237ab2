// Progress and cancel of the long reads and writes: an import reports each file as it reads it (the bar follows
// the bytes) and stops mid-read on a cancel, writing nothing; an export reports the rows written and stops too.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCostbookDb, saveDataset } from '../../src/storage';
import { CHUNK_ROWS } from '../../src/storage/column-specs';
import { createEngineApi, type EngineApi, type Progress } from '../../src/worker/engine-api';
import { glEntries, smallDataset, uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

function codes(r: { ok: boolean; problems?: { code: string }[] }): string[] {
  return r.ok ? [] : (r.problems ?? []).map((p) => p.code);
}

async function sampleCsv(): Promise<{ api: EngineApi; files: { name: string; data: Uint8Array }[] }> {
  const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
  const sample = value(await api.ensureSampleDataset())!;
  const csv = value(await api.exportDataset(sample.id, 'csv'));
  const files = await Promise.all(
    csv.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.data.arrayBuffer()) })),
  );
  return { api, files };
}

describe('import progress', () => {
  it('names every file as it is read, the bar following the bytes up to 45 %, then checks and saves', async () => {
    const { api, files } = await sampleCsv();
    const seen: Progress[] = [];
    const r = await api.importDataset({ files, mode: 'new' }, (p) => void seen.push(p));
    expect(r.ok).toBe(true);
    const reading = seen.filter((p) => p.stage === 'reading' && p.message !== undefined);
    expect(reading.map((p) => p.message).sort()).toEqual(files.map((f) => f.name).sort());
    const fractions = reading.map((p) => p.fraction!);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]!);
    // The last file read brings the bytes read to all of them.
    expect(fractions.at(-1)).toBeCloseTo(0.45, 12);
    expect(seen.slice(-3).map((p) => [p.stage, p.fraction])).toEqual([
      ['validating', 0.45],
      ['saving', 0.5],
      ['done', 1],
    ]);
  });

  it('stops mid-read when cancelled, after some files were read, writing nothing', async () => {
    const { api, files } = await sampleCsv();
    const seen: Progress[] = [];
    const r = await api.importDataset(
      { files, mode: 'new' },
      (p) => {
        seen.push(p);
        if (p.message === 'value-entries.csv') void api.cancel('op-mid');
      },
      'op-mid',
    );
    expect(codes(r)).toEqual(['operation-cancelled']);
    const last = seen.at(-1)!;
    expect(last.message).toBe('value-entries.csv');
    expect(last.fraction).toBeGreaterThan(0);
    expect(last.fraction).toBeLessThan(0.45);
    expect(seen.some((p) => p.stage === 'validating' || p.stage === 'saving')).toBe(false);
    expect(value(await api.listDatasets())).toHaveLength(1);
  });
});

/** The small dataset with more than two chunks of G/L entries. */
async function bigGl(): Promise<{ api: EngineApi; id: string; rows: number }> {
  const dbName = uniqueDbName();
  const opened = await openCostbookDb({ name: dbName });
  if (!opened.ok) throw new Error('open failed');
  const ds = smallDataset();
  ds.glEntries.push(...glEntries(2 * CHUNK_ROWS + 17, 3));
  const saved = value(await saveDataset(opened.value, ds, { mode: 'create' }));
  opened.value.close();
  return { api: createEngineApi({ dbName, locks: null }), id: saved.id, rows: ds.glEntries.length };
}

describe('export progress', { timeout: 120_000 }, () => {
  it('reports the share of rows written, the file it writes, and done', async () => {
    const { api, id, rows } = await bigGl();
    const seen: Progress[] = [];
    const [file] = value(
      await api.exportDataset(id, 'csv', { table: 'glEntries', pageRows: 1000 }, (p) => void seen.push(p)),
    );
    expect(file!.name).toBe('gl-entries.csv');
    const writing = seen.filter((p) => p.stage === 'exporting');
    // Reported after the first page, then at most every 100 ms.
    expect(writing[0]).toEqual({ stage: 'exporting', fraction: 1000 / rows, message: 'gl-entries.csv' });
    for (let i = 1; i < writing.length; i++) expect(writing[i]!.fraction).toBeGreaterThan(writing[i - 1]!.fraction!);
    expect(seen.at(-1)).toEqual({ stage: 'done', fraction: 1 });
  });

  it('stops when cancelled and gives no file', async () => {
    const { api, id } = await bigGl();
    const seen: Progress[] = [];
    const r = await api.exportDataset(
      id,
      'zip',
      { pageRows: 1000 },
      (p) => {
        seen.push(p);
        void api.cancel('exp-1');
      },
      'exp-1',
    );
    expect(codes(r)).toEqual(['operation-cancelled']);
    expect(seen.some((p) => p.stage === 'done')).toBe(false);
    // The operation is over: the next export with that id runs to its end.
    expect(value(await api.exportDataset(id, 'csv', { table: 'glEntries' }, undefined, 'exp-1'))).toHaveLength(1);
  });
});
