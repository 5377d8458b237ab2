// Setup page: an Inventory Setup option and a G/L account name survive a reload; a bad precision is
// refused with its problem shown at the field and nothing stored; tables carry BC's captions (en, sv);
// rows are added (a refused one with its problem at the field) and deleted.
import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';

test('setup edits persist after a reload; a refused edit shows its problem at the field', async ({ page }) => {
  await new AppPage(page).open('#/setup');
  const inventory = page.getByRole('region', { name: 'Inventory Setup' });
  const automatic = inventory.getByRole('checkbox', { name: 'Automatic Cost Posting' });
  await expect(automatic).not.toBeChecked(); // sample-dataset.json: automaticCostPosting false
  await automatic.check();

  const accounts = page.getByRole('table', { name: 'G/L Accounts' });
  const name = accounts.getByRole('textbox', { name: 'Name 2130' });
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
    page.getByRole('table', { name: 'G/L Accounts' }).getByRole('textbox', { name: 'Name 2130' }),
  ).toHaveValue('Inventory – training');
  await expect(
    page
      .getByRole('region', { name: 'General Ledger Setup' })
      .getByRole('textbox', { name: /^Amount Rounding Precision/ }),
  ).toHaveValue('0.01');
});

test('setup tables show BC captions in English and Swedish', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#/setup');
  const tables = page.getByRole('region', { name: 'Setup tables' });
  await expect(tables.getByRole('table', { name: 'G/L Accounts' }).getByRole('columnheader')).toContainText([
    'No.',
    'Name',
    'Income/Balance',
    'Account Type',
    'Blocked',
  ]);
  await tables.getByRole('tab', { name: /Inventory Posting Setup/ }).click();
  const posting = tables.getByRole('table', { name: 'Inventory Posting Setup' });
  await expect(posting.getByRole('columnheader', { name: 'Inventory Account', exact: true })).toBeVisible();
  await expect(posting.getByRole('columnheader', { name: 'Inventory Account (Interim)' })).toBeVisible();

  await app.switchLanguage('sv');
  const lager = page.getByRole('table', { name: 'Lagerbokföringsinställningar' });
  await expect(lager.getByRole('columnheader', { name: 'Lagerkonto', exact: true })).toBeVisible();
  await expect(lager.getByRole('columnheader', { name: 'Platskod' })).toBeVisible();
});

test('a location is added, a refused record shows its problem at the field, and a row is deleted', async ({ page }) => {
  await new AppPage(page).open('#/setup');
  const tables = page.getByRole('region', { name: 'Setup tables' });
  await tables.getByRole('tab', { name: /Locations/ }).click();
  const locations = tables.getByRole('table', { name: 'Locations' });
  await expect(locations.getByRole('row')).toHaveCount(4); // heading, BLUE, RED (sample-dataset.json), new record

  await locations.getByRole('textbox', { name: 'Code (New record)' }).fill('GREEN');
  await locations.getByRole('textbox', { name: 'Name (New record)' }).fill('Green warehouse');
  await locations.getByRole('button', { name: 'Add' }).click();
  await expect(locations.getByRole('textbox', { name: 'Name GREEN' })).toHaveValue('Green warehouse');
  await expect(tables.getByRole('tab', { name: /Locations/ })).toContainText('(3)');

  // The same key again is refused at the key field, nothing overwritten.
  await locations.getByRole('textbox', { name: 'Code (New record)' }).fill('GREEN');
  await locations.getByRole('button', { name: 'Add' }).click();
  await expect(locations.getByRole('alert')).toContainText('already exists');

  // An inventory posting setup for an unknown location: the engine's problem shows at Location Code.
  await tables.getByRole('tab', { name: /Inventory Posting Setup/ }).click();
  const posting = tables.getByRole('table', { name: 'Inventory Posting Setup' });
  await posting.getByRole('textbox', { name: 'Location Code (New record)' }).fill('NOWHERE');
  await posting.getByRole('textbox', { name: 'Inventory Posting Group (New record)' }).fill('RESALE');
  await posting.getByRole('button', { name: 'Add' }).click();
  const cell = posting
    .getByRole('cell')
    .filter({ has: page.getByRole('textbox', { name: 'Location Code (New record)' }) });
  await expect(cell.getByRole('alert')).toContainText('NOWHERE');
  await expect(posting.getByRole('textbox', { name: 'Location Code (New record)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );

  await tables.getByRole('tab', { name: /Locations/ }).click();
  page.once('dialog', (d) => void d.accept());
  await locations.getByRole('button', { name: 'Delete GREEN' }).click();
  await expect(locations.getByRole('textbox', { name: 'Name GREEN' })).toHaveCount(0);
  await page.reload();
  await page
    .getByRole('region', { name: 'Setup tables' })
    .getByRole('tab', { name: /Locations/ })
    .click();
  await expect(page.getByRole('table', { name: 'Locations' }).getByRole('row')).toHaveCount(4);
});
