// A dataset's string dictionary: every code, option and text of its ledgers, stored once and
// referenced by index. Append-only, so existing chunks stay valid; stored in fixed-size pages.

export const DICTIONARY_PAGE_SIZE = 65_536;

export class StringDictionary {
  readonly values: string[];
  private readonly index = new Map<string, number>();
  /** Strings already stored: pages before this one are unchanged. */
  private readonly persistedSize: number;

  constructor(values: string[] = []) {
    this.values = values;
    this.persistedSize = values.length;
    values.forEach((v, i) => this.index.set(v, i));
  }

  /** Index of a string, adding it when new. */
  code(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      const own = ownCopy(value);
      i = this.values.length;
      this.values.push(own);
      this.index.set(own, i);
    }
    return i;
  }

  get size(): number {
    return this.values.length;
  }

  /** Pages holding strings added since load (the last stored page is rewritten when it grew). */
  changedPages(): { pageNo: number; values: string[] }[] {
    if (this.values.length === this.persistedSize) return [];
    const pages: { pageNo: number; values: string[] }[] = [];
    const first = Math.floor(this.persistedSize / DICTIONARY_PAGE_SIZE);
    const last = Math.floor((this.values.length - 1) / DICTIONARY_PAGE_SIZE);
    for (let p = first; p <= last; p++) {
      pages.push({ pageNo: p, values: this.values.slice(p * DICTIONARY_PAGE_SIZE, (p + 1) * DICTIONARY_PAGE_SIZE) });
    }
    return pages;
  }
}

/**
 * The string in storage of its own. A CSV cell can be a slice of its file's whole text (V8 shares the
 * characters), and one kept slice would keep the whole file's text alive for as long as the dictionary.
 */
function ownCopy(value: string): string {
  // Concatenating, then cutting, makes V8 flatten into a new string of this length (a known idiom).
  return (' ' + value).slice(1);
}
