// The Post Inventory Cost to G/L page on the built-in sample (scenario 29's dataset, step 1: per posting
// group, INVT-2601, up to 2026-01-20): Document No. checks, preview, test report, post, matrix after; and
// a run longer than a result page, whose lists are paged from the worker as they scroll.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { DatasetsPage } from './datasets-page';
import { entryDate, manyPostingGroupsJson } from './fixtures/many-posting-groups';

async function openPosting(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open('#/post-inventory-cost');
  await expect(app.heading()).toHaveText('Post Inventory Cost to G/L');
  return app;
}

async function fillRun(page: Page): Promise<void> {
  await page.getByLabel('Document No.').fill('INVT-2601');
  await page.getByLabel('Posting Date Filter').fill('..2026-01-20');
}

test('Document No. problems are shown at the field', async ({ page }) => {
  await openPosting(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('#doc-problems')).toContainText(
    'Please enter a Document No. when posting per Posting Group.',
  );
  await expect(page.getByLabel('Document No.')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('radio', { name: 'Per Entry' }).check();
  await page.getByLabel('Document No.').fill('X-1');
  await page.getByRole('button', { name: 'Test report' }).click();
  await expect(page.locator('#doc-problems')).toContainText('Do not enter a Document No. when posting per Entry');
});

test('preview lists the G/L lines, the report totals and the matrix after the run', async ({ page }) => {
  await openPosting(page);
  await fillRun(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  // VE3's 0.01 correction on its own line, the BLUE sales of both items on one line, RED's sale on another.
  await expect(page.getByRole('status').filter({ hasText: 'value entries would post' })).toHaveText(
    '4 value entries would post, 6 G/L entries, 0 skipped.',
  );
  const gl = page.getByRole('table', { name: 'G/L entries (6)' });
  await expect(gl.getByRole('row')).toHaveCount(7);
  await expect(gl).toContainText('Inventory - COGS, BLUE,RESALE,DOMESTIC,RETAIL');
  await expect(gl).toContainText('-35.00');
  await expect(page.getByRole('table', { name: 'Value entries (4)' }).getByRole('row')).toHaveCount(5);
  // Totals: COGS 35.00 + 10.00 = 45.00; Direct Cost Applied −0.01; Inventory 0.01 − 35.00 − 10.00 = −44.99.
  const totals = page.getByRole('table', { name: 'Inventory Cost Posted to G/L' });
  await expect(totals.getByRole('row').nth(1)).toHaveText(/^\s*45\.00\s*-0\.01\s*-44\.99\s*$/);
  await expect(page.getByRole('heading', { name: 'Skipped Entries (0)' })).toBeVisible();
  // Today 54.99 is not posted; after the run only VE8 (2026-01-28) is left: 10.00.
  await expect(page.getByRole('table', { name: 'Today' }).getByRole('row', { name: /^Difference/ })).toContainText(
    '54.99',
  );
  await expect(
    page.getByRole('table', { name: 'After posting' }).getByRole('row', { name: /^Difference/ }),
  ).toContainText('10.00');
});

test('the test report lists the lines it would post and no problems', async ({ page }) => {
  await openPosting(page);
  await fillRun(page);
  await page.getByRole('button', { name: 'Test report' }).click();
  await expect(page.getByRole('heading', { name: /Post Inventory Cost to G\/L – Test/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Post Inventory Cost to G\/L – Test/ })).toContainText('INVT-2601');
});

test('post asks first, posts once, and the reconciliation matrix changes', async ({ page }) => {
  const app = await openPosting(page);
  await fillRun(page);
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'posted' })).toHaveCount(0);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'value entries posted' })).toHaveText(
    '4 value entries posted, 6 G/L entries, 0 skipped.',
  );
  await page.screenshot({ path: 'screenshots/post-inventory-cost-posted-en.png', fullPage: true });
  await app.goTo('en', 'reconciliation');
  const matrix = page.getByRole('table', { name: 'Inventory – G/L Reconciliation matrix' });
  // G/L 2130: 110.00 + 0.01 − 35.00 − 10.00 = 65.01 against 55.01 on the value entries.
  await expect(matrix.getByRole('button', { name: 'G/L Total, Inventory: 65.01' })).toBeVisible();
  await expect(matrix.getByRole('button', { name: 'Difference, Inventory: 10.00' })).toBeVisible();
  await expect(matrix.getByRole('button', { name: 'COGS, Difference: -10.00' })).toBeVisible();
  await expect(matrix.getByRole('button', { name: /^Direct Cost Applied, Difference/ })).toHaveCount(0);
  // A second run finds nothing left in the date filter.
  await app.goTo('en', 'post-inventory-cost');
  await fillRun(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'would post' })).toHaveText(
    '0 value entries would post, 0 G/L entries, 0 skipped.',
  );
});

test('screenshots of the posting page in English and Swedish', async ({ page }) => {
  const app = await openPosting(page);
  await fillRun(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('table', { name: 'After posting' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/post-inventory-cost-en.png' });
  await page.getByRole('heading', { name: 'Posting-group summary' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/post-inventory-cost-en-summary.png' });
  await page.getByRole('table', { name: 'After posting' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/post-inventory-cost-en-matrix.png' });
  await app.switchLanguage('sv');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('table', { name: 'Efter bokföring' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/post-inventory-cost-sv.png' });
  await page.getByRole('button', { name: 'Testrapport' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inga problem' })).toBeVisible();
  await page.getByRole('heading', { name: /Bokför lagerkostnad i redovisning – test/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'screenshots/post-inventory-cost-sv-test.png' });
});

test('the posting-group summary of a run longer than a page scrolls to its last line', async ({ page }) => {
  const purchases = 600;
  const datasets = new DatasetsPage(page);
  await datasets.open();
  const sample = JSON.parse(readFileSync('src/worker/sample/sample-dataset.json', 'utf8')) as Parameters<
    typeof manyPostingGroupsJson
  >[0];
  const json = manyPostingGroupsJson(sample, { name: 'Many posting groups', purchases, receipts: 3 });
  await datasets.importFiles([{ name: 'many-posting-groups.json', text: json }]);
  await expect(page.getByRole('banner')).toContainText('Many posting groups');
  await datasets.app.goTo('en', 'post-inventory-cost');
  await page.getByLabel('Document No.').fill('MANY-1');
  await page.getByRole('button', { name: 'Preview' }).click();
  // Each purchase posts on its own day: an Inventory and a Direct Cost Applied line, so 1,200 lines.
  await expect(page.getByRole('status').filter({ hasText: 'would post' })).toHaveText(
    '600 value entries would post, 1,200 G/L entries, 3 skipped.',
  );
  await expect(page.getByRole('heading', { name: 'Posting-group summary (1,200 lines)' })).toBeVisible();
  const summary = page.getByRole('table', { name: 'Posting-group summary' });
  const scroller = page.getByRole('region', { name: 'Posting-group summary' });
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  // The last line (row 1,201 after the header) comes from the worker's second page: purchase 600's day.
  const last = summary.locator('[aria-rowindex="1201"]');
  await expect(last).toBeVisible();
  await expect(last).toContainText(entryDate(purchases));
  await expect(last).toContainText(/-?600\.00/);
  await expect(summary.locator('[aria-rowindex="1200"]')).toContainText(entryDate(purchases));
  await expect(summary.getByRole('row').last()).toHaveText(/Total\s*0\.00/);
  await page.screenshot({ path: 'screenshots/post-inventory-cost-en-summary-paged.png' });
  // The G/L entries scroll to entry 1,200 as well.
  const glScroller = page.getByRole('region', { name: 'G/L entries (1,200)' });
  await glScroller.scrollIntoViewIfNeeded();
  await glScroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(
    page.getByRole('table', { name: 'G/L entries (1,200)' }).locator('[aria-rowindex="1201"]'),
  ).toContainText('1200');
});
