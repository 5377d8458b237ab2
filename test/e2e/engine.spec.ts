// The engine Web Worker starts through Comlink and answers: the footer shows its version.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('the engine worker answers with its version', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.footer().getByRole('status')).toHaveText(`Engine ${version}`);

  await app.switchLanguage('sv');
  await expect(app.footer().getByRole('status')).toHaveText(`Motor ${version}`);
  expect(page.workers().map((worker) => worker.url())).toEqual([expect.stringMatching(/engine\.worker.*\.js$/)]);
});
