// Swedish and English: the switch changes the captions, and the choice survives a reload.
import { expect, test } from '@playwright/test';
import { AppPage, captions, pageIds } from './app-page';

test('switching to Swedish changes the captions and survives a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/post-inventory-cost');
  await expect(app.heading()).toHaveText('Post Inventory Cost to G/L');

  await app.switchLanguage('sv');
  await expect(app.heading()).toHaveText('Bokför lagerkostnad i redov.');
  for (const id of pageIds) await expect(app.navLink('sv', id)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // The header's own label is translated too (the sample dataset is open, so it names the dataset).
  await expect(page.getByRole('banner')).toContainText('Datamängd');

  await page.reload();
  await expect(app.heading()).toHaveText('Bokför lagerkostnad i redov.');
  await expect(app.languageButton('sv')).toHaveAttribute('aria-pressed', 'true');

  await app.switchLanguage('en');
  await expect(app.heading()).toHaveText(captions.en['post-inventory-cost']);
  await page.reload();
  await expect(app.heading()).toHaveText(captions.en['post-inventory-cost']);
});

test.describe('with a Swedish browser', () => {
  test.use({ locale: 'sv-SE' });

  test('the app starts in Swedish', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.heading()).toHaveText('Datamängder');
    await expect(app.navLink('sv', 'reconciliation')).toBeVisible();
  });
});
