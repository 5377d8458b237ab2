// Scenario step-through on the Datasets page: scenario 01 (fixtures/, a copy of the shared file) opened,
// step 1 shows its two value entries (70.00 Direct Cost, 10.00 Indirect Cost), every step passes, and the
// result is saved as a new dataset.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';

const SCENARIO = fileURLToPath(new URL('./fixtures/01-purchase-overhead-sale-per-entry.json', import.meta.url));

test('a scenario steps through with each step’s entries and expectations', async ({ page }) => {
  await new AppPage(page).open('#/datasets');
  const panel = page.getByRole('region', { name: 'Step through a scenario' });
  await panel.getByLabel('Open a scenario file').setInputFiles(SCENARIO);
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('Ex. 1 - purchase with overhead');
  const steps = panel.getByRole('list', { name: 'Steps' }).locator('> li');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('purchase');
  await expect(steps.nth(0)).toContainText('Not run');

  await panel.getByRole('button', { name: 'Next step' }).click();
  const values = steps.nth(0).getByRole('table', { name: 'Value Entries' });
  const rows = values.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Direct Cost');
  await expect(rows.nth(1)).toContainText('70.00');
  await expect(rows.nth(2)).toContainText('Indirect Cost');
  await expect(rows.nth(2)).toContainText('10.00');
  await expect(steps.nth(0)).toContainText('Expectations held');
  await expect(panel.getByRole('status')).toHaveText('1 of 4 steps run');

  await panel.getByRole('button', { name: 'Run all' }).click();
  await expect(panel.getByRole('status')).toHaveText('All steps run; every expectation held.');
  for (let i = 0; i < 4; i += 1) await expect(steps.nth(i)).toContainText('Expectations held');
  // Step 3 posts per entry: 2130 Inventory gets 70.00 and 10.00 from the purchase.
  const gl = steps.nth(2).getByRole('table', { name: 'G/L Entries' });
  await expect(gl.getByRole('row').filter({ hasText: '2130' })).toHaveCount(3);
  await expect(panel.getByRole('button', { name: 'Next step' })).toBeDisabled();

  // The scenario's dataset after its run is stored as a new dataset through the import path.
  await panel.getByRole('button', { name: 'Save as dataset' }).click();
  await expect(panel.getByText(/Saved as dataset/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stored datasets' }).getByRole('row')).toHaveCount(3);

  await panel.getByRole('button', { name: 'Reset' }).click();
  await expect(steps.nth(0)).toContainText('Not run');
  await expect(panel.getByRole('status')).toHaveText('0 of 4 steps run');
});

test('a file that is not a scenario is refused with its problem', async ({ page }) => {
  await new AppPage(page).open('#/datasets');
  const panel = page.getByRole('region', { name: 'Step through a scenario' });
  await panel.getByLabel('Open a scenario file').setInputFiles({
    name: 'not-a-scenario.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "costbook-dataset"}'),
  });
  await expect(panel.getByRole('alert')).toContainText('not-a-scenario.json');
  await expect(panel.getByRole('alert')).toContainText('format-unknown');
});
