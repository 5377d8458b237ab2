// Page model of the Datasets page: the stored datasets table, the import panel and the export panel.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export interface InlineFile {
  name: string;
  text: string;
}

export class DatasetsPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('#/datasets');
    await expect(this.table()).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Stored datasets' });
  }

  row(name: string): Locator {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  async importFiles(
    files: InlineFile[],
    options: { mode?: RegExp; strict?: boolean; name?: string } = {},
  ): Promise<void> {
    await this.page
      .getByLabel('Choose files…')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text, 'utf8') })));
    if (options.mode) await this.page.getByRole('radio', { name: options.mode }).check();
    if (options.strict) await this.page.getByRole('checkbox', { name: /Strict/ }).check();
    if (options.name) await this.page.getByRole('textbox', { name: /^Name/ }).fill(options.name);
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  problems(): Locator {
    return this.page.getByRole('table', { name: 'Import problems' });
  }
}
