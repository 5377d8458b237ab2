// Page model of the app shell: finds landmarks, navigation and controls by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export type Language = 'en' | 'sv';
export type PageId = 'datasets' | 'setup' | 'ledgers' | 'post-inventory-cost' | 'reconciliation';

/** Navigation captions as specified (domain.md §1 for the BC ones), independent of the app's catalogue. */
export const captions: Record<Language, Record<PageId, string>> = {
  en: {
    datasets: 'Datasets',
    setup: 'Setup',
    ledgers: 'Ledgers',
    'post-inventory-cost': 'Post Inventory Cost to G/L',
    reconciliation: 'Inventory – G/L Reconciliation',
  },
  sv: {
    datasets: 'Datamängder',
    setup: 'Inställningar',
    ledgers: 'Transaktioner',
    'post-inventory-cost': 'Bokför lagerkostnad i redov.',
    reconciliation: 'Avstämning lager – redovisning',
  },
};

export const pageIds = Object.keys(captions.en) as PageId[];

const navNames: Record<Language, string> = { en: 'Main', sv: 'Huvudmeny' };
const languageNames: Record<Language, string> = { en: 'English', sv: 'Svenska' };

export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await expect(this.page.getByRole('main')).toBeVisible();
  }

  nav(language: Language): Locator {
    return this.page.getByRole('navigation', { name: navNames[language] });
  }

  navLink(language: Language, id: PageId): Locator {
    return this.nav(language).getByRole('link', { name: captions[language][id], exact: true });
  }

  heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  languageButton(language: Language): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: languageNames[language] });
  }

  footer(): Locator {
    return this.page.getByRole('contentinfo');
  }

  /** Opens a page through the sidebar and waits for its heading. */
  async goTo(language: Language, id: PageId): Promise<void> {
    await this.navLink(language, id).click();
    await expect(this.heading()).toHaveText(captions[language][id]);
  }

  async switchLanguage(language: Language): Promise<void> {
    await this.languageButton(language).click();
    await expect(this.languageButton(language)).toHaveAttribute('aria-pressed', 'true');
  }
}
