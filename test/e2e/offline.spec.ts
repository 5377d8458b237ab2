// Offline start: after one visit the service worker has precached the app, so a reload with no network renders it.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './app-page';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('the shell renders offline after the first visit', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open('#/ledgers');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(app.footer()).toContainText('Ready to work offline');

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);

  await expect(app.heading()).toHaveText('Ledgers');
  await expect(app.navLink('en', 'reconciliation')).toBeVisible();
  await expect(app.footer()).toContainText('Offline');
  await expect(app.footer().getByRole('status')).toHaveText(`Engine ${version}`);

  await app.goTo('en', 'reconciliation');
  await context.setOffline(false);
});
