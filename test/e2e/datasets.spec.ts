// Datasets page: the sample is stored and opened on first start; a bad CSV set is refused with the
// problem's file, line, field and value and nothing written; a JSON import exports back the same dataset.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DatasetsPage } from './datasets-page';

/** Decimal strings compared as numbers ("8.00" = "8"): the canonical export fixes each field's decimals. */
function decimalsAsValues(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+\.\d+$/.test(value)) return value.replace(/\.?0+$/, '');
  if (Array.isArray(value)) return value.map(decimalsAsValues);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decimalsAsValues(v)]));
  return value;
}

const SAMPLE_NAME = 'Sample: two items at two locations';

/** The two accounts the G/L entries of these tests post to. */
const GL_ACCOUNTS = {
  name: 'gl-accounts.csv',
  text: 'no,name,incomeBalance\n2130,Inventory,Balance Sheet\n7290,COGS,Income Statement\n',
};

test('the sample dataset is stored and opened on first start', async ({ page }) => {
  const datasets = new DatasetsPage(page);
  await datasets.open();
  const row = datasets.row(SAMPLE_NAME);
  await expect(row).toHaveCount(1);
  // sample-dataset.json: 8 item ledger entries, 8 value entries, 4 G/L entries (+8 relations = 28 rows).
  await expect(row.getByRole('cell')).toHaveText([/Sample: two items/, '8', '8', '4', '28', /.+/, /Open/]);
  await expect(page.getByRole('banner')).toContainText(SAMPLE_NAME);
  await expect(page.getByLabel('Storage')).toContainText(/used of/);
});

test('a CSV set with one bad amount is refused with file, line, field and value, and nothing changes', async ({
  page,
}) => {
  const datasets = new DatasetsPage(page);
  await datasets.open();
  await expect(datasets.table().getByRole('row')).toHaveCount(2);
  await datasets.importFiles([
    GL_ACCOUNTS,
    {
      name: 'gl-entries.csv',
      text: 'entryNo,glAccountNo,postingDate,documentNo,amount\n1,2130,2026-01-05,D1,100.00\n2,7290,2026-01-06,D2,"12,5.0"\n',
    },
  ]);
  await expect(page.getByRole('alert').filter({ hasText: 'refused' })).toContainText('Nothing was written');
  const problem = datasets.problems().getByRole('row').nth(1);
  await expect(problem.getByRole('cell')).toHaveText([
    /Not an amount\s*amount-invalid/,
    'gl-entries.csv',
    '3',
    'amount',
    '"12,5.0"',
    /.+/,
  ]);
  await expect(datasets.problems().getByRole('row')).toHaveCount(2);
  // Still only the sample: nothing was written.
  await expect(datasets.table().getByRole('row')).toHaveCount(2);
  await page.reload();
  await expect(datasets.table().getByRole('row')).toHaveCount(2);
});

test('a valid JSON dataset imports, opens, and exports back as the same dataset', async ({ page }) => {
  const datasets = new DatasetsPage(page);
  await datasets.open();
  const sample = JSON.parse(readFileSync('src/worker/sample/sample-dataset.json', 'utf8')) as Record<string, unknown>;
  const source = { ...sample, name: 'Training copy', description: 'For the Tuesday class' };
  await datasets.importFiles([{ name: 'training.json', text: JSON.stringify(source) }]);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Training copy');
  await expect(datasets.row('Training copy').getByRole('cell')).toHaveText([
    /Training copy.*Open/,
    '8',
    '8',
    '4',
    '28',
    /.+/,
    /Open/,
  ]);
  await expect(page.getByRole('banner')).toContainText('Training copy');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Dataset (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('training-copy.json');
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as Record<string, unknown>;
  expect(exported.format).toBe('costbook-dataset');
  expect(exported.name).toBe('Training copy');
  expect(exported.description).toBe('For the Tuesday class');
  for (const table of ['glAccounts', 'items', 'locations', 'itemLedgerEntries', 'valueEntries', 'glEntries']) {
    // Canonical export writes BC's defaults for fields the source left out; every given field is kept.
    expect(decimalsAsValues(exported[table]), table).toMatchObject(decimalsAsValues(sample[table]) as unknown[]);
  }
  expect(exported.glItemLedgerRelations).toHaveLength(8);
});

test('one table exports as its CSV file alone, with the neutralised cells and every row', async ({ page }) => {
  const datasets = new DatasetsPage(page);
  await datasets.open();
  await page.getByLabel('One table').selectOption('value-entries.csv');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Table (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('value-entries.csv');
  const lines = readFileSync(await file.path(), 'utf8').split('\r\n');
  // sample-dataset.json: 8 value entries, numbered 1–8; a header line first and a CRLF after the last.
  expect(lines).toHaveLength(10);
  expect(lines[0]).toMatch(/^entryNo,itemLedgerEntryNo,itemNo,postingDate,/);
  expect(lines.slice(1, 9).map((l) => l.split(',')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  expect(lines[9]).toBe('');
});

/** 400,000 G/L entries (~20 MB): big enough that reading takes seconds, in 8 MB pieces. */
function bigGlEntriesCsv(): string {
  const lines = ['entryNo,glAccountNo,postingDate,documentNo,amount'];
  for (let n = 1; n <= 400_000; n++) lines.push(`${n},${n % 2 ? '2130' : '7290'},2026-01-15,DOC-${n},${n % 997}.25`);
  return lines.join('\r\n') + '\r\n';
}

test('a big import names the file it is reading and stops on Cancel, writing nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const datasets = new DatasetsPage(page);
  await datasets.open();
  await expect(datasets.table().getByRole('row')).toHaveCount(2);
  await datasets.importFiles([GL_ACCOUNTS, { name: 'gl-entries.csv', text: bigGlEntriesCsv() }]);
  await expect(page.getByRole('status').filter({ hasText: 'Reading gl-entries.csv…' })).toBeVisible();
  const bar = page.getByRole('progressbar', { name: 'Import progress' });
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  await page.screenshot({ path: 'screenshots/en-datasets-import-progress.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toHaveText('Import cancelled. Nothing was written.');
  await expect(datasets.table().getByRole('row')).toHaveCount(2);
});

test('a big export names the file it is writing and stops on Cancel, downloading nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const datasets = new DatasetsPage(page);
  await datasets.open();
  await datasets.importFiles([GL_ACCOUNTS, { name: 'gl-entries.csv', text: bigGlEntriesCsv() }], { name: 'Big G/L' });
  // The name given in the panel (CSV files carry none).
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported “Big G/L”.', {
    timeout: 60_000,
  });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByLabel('One table').selectOption('gl-entries.csv');
  await page.getByRole('button', { name: 'Table (CSV)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Writing gl-entries.csv…' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/en-datasets-export-progress.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Table (CSV)' })).toBeEnabled();
  expect(downloads).toBe(0);
});

test('deleting asks first and removes the dataset', async ({ page }) => {
  const datasets = new DatasetsPage(page);
  await datasets.open();
  const sample = readFileSync('src/worker/sample/sample-dataset.json', 'utf8');
  await datasets.importFiles([{ name: 'scratch.json', text: sample.replace(SAMPLE_NAME, 'Scratch') }]);
  await expect(datasets.row('Scratch')).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete Scratch' }).click();
  await expect(datasets.row('Scratch')).toContainText('cannot be undone');
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(datasets.row('Scratch')).toHaveCount(0);
  await expect(datasets.table().getByRole('row')).toHaveCount(2);
});
