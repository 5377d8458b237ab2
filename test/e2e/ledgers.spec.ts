// Ledgers page: rows match sample-dataset.json, the table shown exports alone as CSV, a 20,000-row ledger
// scrolls with only the visible rows in the page, and a purchase posted from the item journal shows up as a
// new value entry.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { DatasetsPage } from './datasets-page';

interface SampleRow {
  entryNo: number;
  [field: string]: unknown;
}
const sample = JSON.parse(readFileSync('src/worker/sample/sample-dataset.json', 'utf8')) as Record<string, SampleRow[]>;

function grid(page: Page, name: string) {
  return page.getByRole('table', { name, exact: true });
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

test('the ledgers show the sample entries with BC columns and amounts from the file', async ({ page }) => {
  await new AppPage(page).open('#/ledgers');
  const ile = sample.itemLedgerEntries![0]!;
  const ileRows = grid(page, 'Item Ledger Entries').getByRole('row');
  await expect(ileRows).toHaveCount(1 + sample.itemLedgerEntries!.length);
  await expect(ileRows.nth(0)).toContainText('Entry No.Posting DateEntry TypeDocument No.Item No.');
  await expect(ileRows.nth(1).getByRole('cell').first()).toHaveText(String(ile.entryNo));
  await expect(ileRows.nth(1)).toContainText(`${String(ile.postingDate)}Purchase${String(ile.documentNo)}`);

  await openTab(page, 'Value Entries');
  const ves = sample.valueEntries!;
  const veRows = grid(page, 'Value Entries').getByRole('row');
  await expect(veRows).toHaveCount(1 + ves.length);
  const cells = veRows.nth(1).getByRole('cell');
  // Entry No., Posting Date, Item Ledger Entry Type, Entry Type, Document No., Item No., Location,
  // Valued Qty., Invoiced Qty., Cost per Unit, Cost Amount (Actual), (Expected), Cost Posted to G/L
  await expect(cells.nth(0)).toHaveText('1');
  await expect(cells.nth(4)).toHaveText(String(ves[0]!.documentNo));
  await expect(cells.nth(10)).toHaveText(String(ves[0]!.costAmountActual)); // "30.00"
  await expect(cells.nth(12)).toHaveText(String(ves[0]!.costPostedToGL));

  await openTab(page, 'G/L Entries');
  const gl = sample.glEntries!;
  const glRows = grid(page, 'G/L Entries').getByRole('row');
  await expect(glRows).toHaveCount(1 + gl.length);
  for (const [i, e] of gl.entries()) {
    const c = glRows.nth(i + 1).getByRole('cell');
    await expect(c.nth(0)).toHaveText(String(e.entryNo));
    await expect(c.nth(3)).toHaveText(String(e.glAccountNo));
    // Amounts in the file are plain decimals; shown with thousands separators, sign kept.
    const shown = String(e.amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    await expect(c.nth(5)).toHaveText(shown);
  }
});

test('the G/L tab exports its table alone as CSV, one line per entry in entry-no. order', async ({ page }) => {
  await new AppPage(page).open('#/ledgers');
  await openTab(page, 'G/L Entries');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export table (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('gl-entries.csv');
  const lines = readFileSync(await file.path(), 'utf8').split('\r\n');
  const gl = sample.glEntries!;
  expect(lines[0]).toMatch(/^entryNo,glAccountNo,postingDate,documentNo,description,amount,/);
  expect(lines.slice(1, -1).map((l) => l.split(',').slice(0, 2))).toEqual(
    [...gl].sort((a, b) => a.entryNo - b.entryNo).map((e) => [String(e.entryNo), String(e.glAccountNo)]),
  );
  expect(lines.at(-1)).toBe('');
});

test('a 20,000-row G/L scrolls, fetching only the rows in view', async ({ page }) => {
  test.setTimeout(90_000);
  const rows = 20_000;
  const lines = ['entryNo,glAccountNo,postingDate,documentNo,amount'];
  for (let n = 1; n <= rows; n++)
    lines.push(`${n},${n % 2 ? '2130' : '7290'},2026-01-15,D-${n},${n}.${String(n % 100).padStart(2, '0')}`);
  const datasets = new DatasetsPage(page);
  await datasets.open();
  await datasets.importFiles([
    {
      name: 'gl-accounts.csv',
      text: 'no,name,incomeBalance\n2130,Inventory,Balance Sheet\n7290,COGS,Income Statement\n',
    },
    { name: 'gl-entries.csv', text: lines.join('\n') + '\n' },
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

  await datasets.app.goTo('en', 'ledgers');
  await openTab(page, 'G/L Entries');
  await expect(page.getByRole('status').filter({ hasText: 'entries' })).toContainText('20,000 entries');
  const table = grid(page, 'G/L Entries');
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
  expect(await table.getByRole('row').count()).toBeLessThan(80);

  const scroller = table.getByRole('region', { name: 'G/L Entries' });
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = table.getByRole('row').filter({ hasText: 'D-20000' });
  await expect(last.getByRole('cell')).toHaveText(['20000', '2026-01-15', 'D-20000', '7290', '', '20,000.00', '', '']);
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(table.getByRole('row').filter({ hasText: 'D-10000' }).getByRole('cell').nth(5)).toHaveText('10,000.00');
  expect(await table.getByRole('row').count()).toBeLessThan(80);
});

test('a purchase posted from the item journal appears as a new value entry', async ({ page }) => {
  await new AppPage(page).open('#/ledgers');
  await expect(grid(page, 'Item Ledger Entries').getByRole('row')).toHaveCount(9);
  const journal = page.getByRole('region', { name: 'Item Journal' });
  await journal.getByLabel('Transaction').selectOption('purchase');
  await journal.getByLabel('Posting Date').fill('2026-01-20');
  await journal.getByLabel('Document No.').fill('PI-TRAIN-1');
  await journal.getByLabel('Item No.').selectOption('1000');
  await journal.getByLabel('Location Code').selectOption('BLUE');
  await journal.getByLabel('Quantity').fill('4');
  await journal.getByLabel('Direct Unit Cost').fill('12.50');
  await journal.getByRole('button', { name: 'Post', exact: true }).click();

  await expect(journal.getByRole('status')).toContainText('1 item ledger entries, 1 value entries (no. 9)');
  await expect(page.getByRole('tab', { name: 'Value Entries' })).toHaveAttribute('aria-selected', 'true');
  const row = grid(page, 'Value Entries').getByRole('row').filter({ hasText: 'PI-TRAIN-1' });
  await expect(row.getByRole('cell').nth(0)).toHaveText('9');
  await expect(row.getByRole('cell').nth(2)).toHaveText('Purchase');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Direct Cost');
  await expect(row.getByRole('cell').nth(7)).toHaveText('4');
  await expect(row.getByRole('cell').nth(10)).toHaveText('50.00'); // 4 × 12.50
});

test('a refused transaction lists its problems and posts nothing', async ({ page }) => {
  await new AppPage(page).open('#/ledgers');
  const journal = page.getByRole('region', { name: 'Item Journal' });
  await journal.getByLabel('Transaction').selectOption('negativeAdjmt');
  await journal.getByLabel('Document No.').fill('NEG-1');
  await journal.getByLabel('Quantity').fill('1');
  await journal.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(journal.getByRole('alert')).toContainText('Nothing was written');
  // The sample has General Posting Setup only for DOMESTIC; an adjustment posts with a blank Gen. Bus. Posting Group.
  const problem = journal.getByRole('table', { name: 'Posting problems' }).getByRole('row').nth(1);
  await expect(problem).toContainText('General Posting Setup missing');
  await expect(problem).toContainText('missing-general-posting-setup');
  await expect(grid(page, 'Item Ledger Entries').getByRole('row')).toHaveCount(9);
});
