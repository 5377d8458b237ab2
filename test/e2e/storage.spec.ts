// Storage in Chromium: a 100k-row CSV import survives a reload; two tabs posting at once post once
// (the Web Lock serialises them and the second re-plans on the first one's watermarks).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EngineDriver } from './engine-driver';

interface Summary {
  id: string;
  name: string;
  counts: Record<string, number>;
}

const ROWS = 100_000;

/** 100,000 G/L entries alternating between two accounts; amount of entry n is n/100 (sum 50,000,500.00). */
function glEntriesCsv(): string {
  const lines = ['entryNo,glAccountNo,postingDate,documentNo,amount'];
  for (let n = 1; n <= ROWS; n++) {
    const amount = `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
    lines.push(`${n},${n % 2 ? '2130' : '7290'},2026-01-${String((n % 28) + 1).padStart(2, '0')},D-${n},${amount}`);
  }
  return lines.join('\r\n') + '\r\n';
}

const ACCOUNTS_CSV = 'no,name,incomeBalance\r\n2130,Inventory,Balance Sheet\r\n7290,COGS,Income Statement\r\n';

test('a 100k-row CSV import is still there after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const engine = new EngineDriver(page);
  await engine.start();
  const imported = await engine.value<Summary>('importDataset', {
    mode: 'new',
    name: 'Big G/L',
    files: [
      { name: 'gl-accounts.csv', data: ACCOUNTS_CSV },
      { name: 'gl-entries.csv', data: glEntriesCsv() },
    ],
  });
  expect(imported.counts.glEntries).toBe(ROWS);

  await page.reload();
  await engine.start();
  const list = await engine.value<Summary[]>('listDatasets');
  const big = list.find((d) => d.id === imported.id)!;
  expect(big.name).toBe('Big G/L');
  expect(big.counts.glEntries).toBe(ROWS);
  const last = await engine.value<{ rows: { entryNo: number; amount: string }[]; total: number }>(
    'ledgerEntries',
    imported.id,
    {
      table: 'glEntries',
      offset: ROWS - 2,
      limit: 10,
    },
  );
  expect(last.total).toBe(ROWS);
  expect(last.rows).toMatchObject([
    { entryNo: 99_999, amount: '999.99' },
    { entryNo: 100_000, amount: '1000.00' },
  ]);
});

test('two tabs posting at once post once', async ({ context }) => {
  const tabA = new EngineDriver(await context.newPage());
  const tabB = new EngineDriver(await context.newPage());
  await tabA.start();
  await tabB.start();
  const sample = readFileSync('src/worker/sample/sample-dataset.json', 'utf8');
  const ds = await tabA.value<Summary>('importDataset', {
    mode: 'new',
    files: [{ name: 'sample.json', data: sample }],
  });
  const run = { postingMethod: 'Per Posting Group', documentNo: 'INVT-2601', dateFilter: '..2026-01-20' };
  const [a, b] = await Promise.all([
    tabA.value<{ glEntryCount: number }>('postInventoryCost', ds.id, run),
    tabB.value<{ glEntryCount: number }>('postInventoryCost', ds.id, run),
  ]);
  expect([a.glEntryCount, b.glEntryCount].sort()).toEqual([0, 6]);
  const after = await tabB.value<Summary[]>('listDatasets');
  expect(after.find((d) => d.id === ds.id)!.counts.glEntries).toBe(10);
});
