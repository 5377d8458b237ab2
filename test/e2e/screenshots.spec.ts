// Saves a screenshot of every page in both languages to screenshots/ (gitignored) for people to look at.
import { expect, test } from '@playwright/test';
import { AppPage, captions, pageIds, type Language } from './app-page';

for (const language of ['en', 'sv'] as const satisfies readonly Language[]) {
  test(`screenshots of every page in ${language}`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    if (language === 'sv') await app.switchLanguage('sv');
    for (const id of pageIds) {
      await app.goTo(language, id);
      await expect(app.footer().getByRole('status')).toContainText(/\d+\.\d+\.\d+/);
      await page.screenshot({ path: `screenshots/${language}-${id}.png` });
      await expect(page).toHaveTitle(`${captions[language][id]} · Costbook`);
    }
  });
}
