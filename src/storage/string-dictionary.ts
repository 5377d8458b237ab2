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
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
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
