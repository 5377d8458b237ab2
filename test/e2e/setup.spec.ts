// Setup page: an Inventory Setup option and a G/L account name survive a reload; a bad precision is
// refused with its problem shown at the field and nothing stored.
import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';

test('setup edits persist after a reload; a refused edit shows its problem at the field', async ({ page }) => {
  await new AppPage(page).open('#/setup');
  const inventory = page.getByRole('region', { name: 'Inventory Setup' });
  const automatic = inventory.getByRole('checkbox', { name: 'Automatic Cost Posting' });
  await expect(automatic).not.toBeChecked(); // sample-dataset.json: automaticCostPosting false
  await automatic.check();

  const accounts = page.getByRole('table', { name: 'G/L Accounts' });
  const name = accounts.getByRole('textbox', { name: 'name 2130' });
  await expect(name).toHaveValue('Inventory'); // sample-dataset.json, account 2130
  await name.fill('Inventory – training');
  await name.press('Tab');

  const precision = page
    .getByRole('region', { name: 'General Ledger Setup' })
    .getByRole('textbox', { name: /^Amount Rounding Precision/ });
  await precision.fill('abc');
  await precision.press('Tab');
  await expect(page.getByRole('region', { name: 'General Ledger Setup' }).getByRole('alert')).toContainText(/abc/);
  await expect(precision).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Inventory Setup' }).getByRole('checkbox', { name: 'Automatic Cost Posting' }),
  ).toBeChecked();
  await expect(
    page.getByRole('table', { name: 'G/L Accounts' }).getByRole('textbox', { name: 'name 2130' }),
  ).toHaveValue('Inventory – training');
  await expect(
    page
      .getByRole('region', { name: 'General Ledger Setup' })
      .getByRole('textbox', { name: /^Amount Rounding Precision/ }),
  ).toHaveValue('0.01');
});
