// The Inventory – G/L Reconciliation page on the built-in sample (scenario 29's dataset before its steps):
// the matrix with hand-checked numbers, a difference's causes adding up, drill-down and G/L ↔ value entries.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** A matrix figure by its accessible name "Row, Column: amount". */
function cell(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'Inventory – G/L Reconciliation matrix' })
    .getByRole('button', { name, exact: true });
}

async function openReconciliation(page: Page): Promise<void> {
  const app = new AppPage(page);
  await app.open('#/reconciliation');
  await expect(app.heading()).toHaveText('Inventory – G/L Reconciliation');
}

test('shows the matrix of the sample with the hand-checked figures', async ({ page }) => {
  await openReconciliation(page);
  // Value entries: Inventory 30 + 25 + 35.01 + 20 − 20 − 15 − 10 − 10 = 55.01; G/L 2130 holds the two
  // December lines 90.00 + 20.00 = 110.00; the January sales (55.00) and VE3's 0.01 correction are unposted.
  await expect(cell(page, 'Total, Inventory: 55.01')).toBeVisible();
  await expect(cell(page, 'G/L Total, Inventory: 110.00')).toBeVisible();
  await expect(cell(page, 'Difference, Inventory: 54.99')).toBeVisible();
  await expect(cell(page, 'Direct Cost Applied, Total: -110.01')).toBeVisible();
  await expect(cell(page, 'Direct Cost Applied, G/L Total: -110.00')).toBeVisible();
  await expect(cell(page, 'Direct Cost Applied, Difference: 0.01')).toBeVisible();
  await expect(cell(page, 'COGS, Total: 55.00')).toBeVisible();
  await expect(cell(page, 'COGS, Difference: -55.00')).toBeVisible();
  await expect(cell(page, 'COGS, Warning: Post Cost to G/L')).toBeVisible();
  // Zero is blank: COGS has no G/L side yet.
  await expect(page.getByRole('button', { name: /^COGS, G\/L Total/ })).toHaveCount(0);
});

test('a difference cell opens its causes, which add up to it', async ({ page }) => {
  await openReconciliation(page);
  await cell(page, 'Difference, Inventory: 54.99').click();
  const causes = page.getByRole('region', { name: 'Causes of the Inventory difference' });
  await expect(causes).toContainText('Post Cost to G/L');
  await expect(causes).toContainText('cost-not-posted');
  await expect(causes).toContainText('54.99');
  await expect(causes.getByRole('status').filter({ hasText: 'The causes add up' })).toContainText(
    'The causes add up exactly to the difference.',
  );
  // The entries behind the cause: VE3 (0.01 corrected after posting) and the four January sales.
  await causes.getByRole('button', { name: 'Show entries: Post Cost to G/L' }).click();
  const values = page.getByRole('table', { name: 'Value Entries (5)' });
  await expect(values.getByRole('row')).toHaveCount(6);
  await expect(values).toContainText('2026-01-28');
});

test('a difference says where it diverged, with a chart of both balances', async ({ page }) => {
  await openReconciliation(page);
  await cell(page, 'Difference, Inventory: 54.99').click();
  const causes = page.getByRole('region', { name: 'Causes of the Inventory difference' });
  const where = causes.getByRole('region', { name: 'Where did Inventory diverge?' });
  // VE3 was invoiced at 35.01 but posted 35.00 on 2025-12-10: the two sides part ways that day.
  await expect(where.getByRole('status')).toHaveText(
    'The value entries and the G/L first part ways on 2025-12-10: up to that date the item side holds 110.01, the G/L 110.00 (difference -0.01).',
  );
  await expect(
    where.getByRole('img', { name: 'Balances of Inventory over time: value entries and G/L' }),
  ).toBeVisible();
  await where.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/reconciliation-en-divergence.png' });
  // That day on both sides: the four December purchases VE1–VE4 and G/L entries 1 and 2 on account 2130.
  await where.getByRole('button', { name: 'Show the entries of 2025-12-10' }).click();
  await expect(
    page.getByRole('heading', { name: 'Inventory on 2025-12-10: value entries and G/L entries' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Value Entries (4)' }).getByRole('row')).toHaveCount(5);
  const gl = page.getByRole('table', { name: 'G/L Entries (2)' });
  await expect(gl.getByRole('row')).toHaveCount(3);
  await expect(gl).toContainText('90.00');
  await page.screenshot({ path: 'screenshots/reconciliation-en-divergence-day.png' });
});

test('the entries behind a cause export as value-entries.csv, every one of them', async ({ page }) => {
  await openReconciliation(page);
  await cell(page, 'Difference, Inventory: 54.99').click();
  await page.getByRole('button', { name: 'Show entries: Post Cost to G/L' }).click();
  await expect(page.getByRole('table', { name: 'Value Entries (5)' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all Value Entries (5) as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('value-entries.csv');
  const lines = readFileSync(await file.path(), 'utf8').split('\r\n');
  // VE3 and the four January sales, after the table's header.
  expect(lines[0]).toMatch(/^entryNo,itemLedgerEntryNo,itemNo,postingDate,/);
  expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['3', '5', '6', '7', '8']);
});

test('an amount drills down to its G/L entries and on to their value entries', async ({ page }) => {
  await openReconciliation(page);
  await cell(page, 'G/L Total, Inventory: 110.00').click();
  const gl = page.getByRole('table', { name: 'G/L Entries (2)' });
  await expect(gl.getByRole('row')).toHaveCount(3);
  await expect(gl).toContainText('90.00');
  await gl.getByRole('button', { name: 'Value entries of G/L entry 1' }).click();
  await expect(page.getByRole('heading', { name: 'Value entries of G/L entry 1' })).toBeVisible();
  // The per-posting-group line 90.00 was posted from VE1, VE2 and VE3.
  const values = page.getByRole('table', { name: 'Value Entries (3)' });
  await expect(values.getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page.getByRole('table', { name: 'G/L Entries (2)' })).toBeVisible();
});

test('an item filter keeps the G/L side and recomputes the difference', async ({ page }) => {
  await openReconciliation(page);
  await page.getByLabel('Item Filter').fill('1000');
  await page.getByRole('button', { name: 'Show Matrix' }).click();
  // Item 1000: VE1 30 + VE4 20 − VE5 20 − VE7 10 − VE8 10 = 10.00; its G/L share 30.00 + 20.00 = 50.00.
  await expect(cell(page, 'Total, Inventory: 10.00')).toBeVisible();
  await expect(cell(page, 'G/L Total, Inventory: 50.00')).toBeVisible();
  await expect(cell(page, 'Difference, Inventory: 40.00')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Not Attributable' })).toBeVisible();
});

test('Export view (CSV) downloads the matrix as shown, in the page language', async ({ page }) => {
  await openReconciliation(page);
  await expect(cell(page, 'Difference, Inventory: 54.99')).toBeVisible();
  const grid = async (): Promise<string[][]> => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export view \(CSV\)|Exportera vyn \(CSV\)/ }).click();
    const file = await download;
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    return text
      .slice(0, -2)
      .split('\r\n')
      .map((line) => line.split(','));
  };
  const at = (rows: string[][], row: string, column: string) =>
    rows.find((r) => r[0] === row)![rows[0]!.indexOf(column)];
  const en = await grid();
  // The same hand-checked figures as the matrix on screen; blank for zero, the warning as its label.
  expect(at(en, 'Difference', 'Inventory')).toBe('54.99');
  expect(at(en, 'G/L Total', 'Inventory')).toBe('110.00');
  expect(at(en, 'COGS', 'Difference')).toBe('-55.00');
  expect(at(en, 'COGS', 'G/L Total')).toBe('');
  expect(at(en, 'COGS', 'Warning')).toBe('Post Cost to G/L');
  await new AppPage(page).switchLanguage('sv');
  const sv = await grid();
  expect(at(sv, 'Differens', 'Lager')).toBe('54.99');
});

test('keyboard: a cell is a button reached with Tab and opened with Enter', async ({ page }) => {
  await openReconciliation(page);
  const diff = cell(page, 'COGS, Difference: -55.00');
  await diff.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Causes of the COGS difference' })).toContainText('-55.00');
});

test('screenshots of the reconciliation page in English and Swedish', async ({ page }) => {
  const app = new AppPage(page);
  await openReconciliation(page);
  await expect(cell(page, 'Difference, Inventory: 54.99')).toBeVisible();
  await page.screenshot({ path: 'screenshots/reconciliation-en.png' });
  await cell(page, 'Difference, Inventory: 54.99').click();
  await page.getByRole('button', { name: 'Show entries: Post Cost to G/L' }).click();
  await expect(page.getByRole('table', { name: 'Value Entries (5)' })).toBeVisible();
  await page.getByRole('table', { name: 'Value Entries (5)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/reconciliation-en-drill.png' });
  await app.switchLanguage('sv');
  await expect(page.getByRole('button', { name: 'Differens, Lager: 54,99' })).toBeVisible();
  // The open drill-down's heading follows the language switch too.
  await expect(
    page.getByRole('heading', { name: 'Transaktioner bakom Lager – Bokför kostnad i redovisning' }),
  ).toBeVisible();
  await page.screenshot({ path: 'screenshots/reconciliation-sv-drill.png' });
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/reconciliation-sv.png' });
});
