// The shell loads with its landmarks, every navigation entry is reachable by role and name, and the CSP blocks nothing.
import { expect, test } from '@playwright/test';
import { AppPage, captions, pageIds } from './app-page';

test('the app loads with header, navigation, main content and footer', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const app = new AppPage(page);
  await app.open();

  await expect(page).toHaveTitle('Datasets · Costbook');
  await expect(page.getByRole('banner')).toContainText('Sample: two items at two locations');
  await expect(app.nav('en').getByRole('link')).toHaveCount(pageIds.length);
  await expect(app.heading()).toHaveText('Datasets');
  await expect(app.footer()).toBeVisible();
  expect(problems, 'no console errors (a CSP violation would show here)').toEqual([]);
});

for (const id of pageIds) {
  test(`"${captions.en[id]}" is reachable from the navigation`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.goTo('en', id);
    await expect(page).toHaveURL(new RegExp(`#/${id}$`));
    await expect(app.navLink('en', id)).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('[aria-current="page"]')).toHaveCount(1);
  });
}

test('a page opens directly from its address, and an unknown address says so', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/reconciliation');
  await expect(app.heading()).toHaveText('Inventory – G/L Reconciliation');

  await app.open('#/no-such-page');
  await expect(app.heading()).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to Datasets' }).click();
  await expect(app.heading()).toHaveText('Datasets');
});
