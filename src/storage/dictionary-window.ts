// The dictionary pages a reader needs right now (an export's current chunk): pages no longer needed are
// dropped, so a million-string dictionary is never held as strings; a string is cut from its page on demand.
import type { CostbookDb } from './schema';
import { DICTIONARY_PAGE_SIZE, type StoredPage } from './string-dictionary';

export class DictionaryWindow {
  private pages = new Map<number, StoredPage>();

  constructor(
    private readonly db: CostbookDb,
    private readonly datasetId: string,
  ) {}

  /** Keeps exactly these pages (reads those not held yet). */
  async holdPages(wanted: readonly number[]): Promise<void> {
    const kept = new Map<number, StoredPage>();
    for (const p of wanted) {
      const page = this.pages.get(p);
      if (page) kept.set(p, page);
    }
    const missing = [...wanted].filter((p) => !kept.has(p));
    this.pages = kept;
    if (missing.length === 0) return;
    const got = await this.db.dictionaryPages.bulkGet(missing.map((p): [string, number] => [this.datasetId, p]));
    got.forEach((page, k) => {
      if (page) kept.set(missing[k]!, page);
    });
  }

  /** The string at a dictionary index ('' when its page is not held). */
  lookup(index: number): string {
    const page = this.pages.get(Math.floor(index / DICTIONARY_PAGE_SIZE));
    const i = index % DICTIONARY_PAGE_SIZE;
    if (!page || i >= page.ends.length) return '';
    return page.text.slice(i === 0 ? 0 : page.ends[i - 1], page.ends[i]);
  }
}
