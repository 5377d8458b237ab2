// A dataset's string dictionary: every code, option and text of its ledgers, stored once and
// referenced by index. Append-only, so existing chunks stay valid; stored in fixed-size pages,
// each one joined text plus the end offset of every string.

export const DICTIONARY_PAGE_SIZE = 65_536;

export class StringDictionary {
  readonly values: string[];
  /** Built on the first code() call: readers that only look strings up never pay for a million-entry map. */
  private index: Map<string, number> | null = null;
  /** Strings already stored: pages before this one are unchanged. */
  private readonly persistedSize: number;

  constructor(values: string[] = []) {
    this.values = values;
    this.persistedSize = values.length;
  }

  /**
   * Strings looked up by one scan (locate()) while the full index is not built: a posting run codes a few
   * hundred distinct strings into a dictionary of a million, and indexing all of them would cost more.
   */
  private located: Map<string, number> | null = null;

  /** Index of a string, adding it when new. */
  code(value: string): number {
    if (this.index === null && this.located !== null) {
      const i = this.located.get(value);
      if (i !== undefined) return i;
    }
    const index = this.index ?? this.buildIndex();
    let i = index.get(value);
    if (i === undefined) {
      const own = ownCopy(value);
      i = this.values.length;
      this.values.push(own);
      index.set(own, i);
    }
    return i;
  }

  /** Makes code() of each of `wanted` cheap without indexing the whole dictionary (new strings are added). */
  locate(wanted: Iterable<string>): void {
    if (this.index !== null) return;
    const located = (this.located ??= new Map());
    const missing = new Set<string>();
    for (const w of wanted) if (!located.has(w)) missing.add(w);
    if (missing.size === 0) return;
    // Length, first and last character sift out nearly every stored string without hashing it.
    const shapes = new Set<number>();
    for (const w of missing) shapes.add(shapeOf(w));
    const values = this.values;
    for (let i = 0; i < values.length && missing.size > 0; i++) {
      const v = values[i]!;
      if (!shapes.has(shapeOf(v)) || !missing.has(v)) continue;
      located.set(v, i);
      missing.delete(v);
    }
    for (const w of missing) {
      const own = ownCopy(w);
      located.set(own, this.values.length);
      this.values.push(own);
    }
  }

  private buildIndex(): Map<string, number> {
    const index = new Map<string, number>();
    for (let i = 0; i < this.values.length; i++) index.set(this.values[i]!, i);
    this.located = null;
    return (this.index = index);
  }

  get size(): number {
    return this.values.length;
  }

  /** Pages holding strings added since load (the last stored page is rewritten when it grew). */
  changedPages(): ({ pageNo: number } & StoredPage)[] {
    if (this.values.length === this.persistedSize) return [];
    const pages: ({ pageNo: number } & StoredPage)[] = [];
    const first = Math.floor(this.persistedSize / DICTIONARY_PAGE_SIZE);
    const last = Math.floor((this.values.length - 1) / DICTIONARY_PAGE_SIZE);
    for (let p = first; p <= last; p++) {
      pages.push({
        pageNo: p,
        ...joinPage(this.values.slice(p * DICTIONARY_PAGE_SIZE, (p + 1) * DICTIONARY_PAGE_SIZE)),
      });
    }
    return pages;
  }
}

/** A string's length, first and last character as one number (a cheap pre-check before hashing). */
function shapeOf(s: string): number {
  const n = s.length;
  return n === 0 ? 0 : n * 4294967296 + s.charCodeAt(0) * 65536 + s.charCodeAt(n - 1);
}

/** A page as stored: its strings joined, and where each ends. */
export interface StoredPage {
  text: string;
  ends: Uint32Array;
}

/** A page's strings in their stored form. */
export function joinPage(values: readonly string[]): StoredPage {
  const ends = new Uint32Array(values.length);
  let at = 0;
  values.forEach((v, i) => (ends[i] = at += v.length));
  return { text: values.join(''), ends };
}

/** Every string of a stored page, in order (writers need them all). */
export function splitPage(page: StoredPage): string[] {
  const values = new Array<string>(page.ends.length);
  let start = 0;
  for (let i = 0; i < page.ends.length; i++) values[i] = page.text.slice(start, (start = page.ends[i]!));
  return values;
}

/** A lookup of a stored page's strings by index within the page, each cut once when first asked for. */
export function pageLookup(page: StoredPage | undefined): (indexInPage: number) => string {
  if (!page) return () => '';
  const { text, ends } = page;
  const cut = new Map<number, string>();
  return (i) => {
    let s = cut.get(i);
    if (s === undefined) {
      if (!(i >= 0 && i < ends.length)) return '';
      s = text.slice(i === 0 ? 0 : ends[i - 1], ends[i]);
      cut.set(i, s);
    }
    return s;
  };
}

/**
 * The string in storage of its own. A CSV cell can be a slice of its file's whole text (V8 shares the
 * characters), and one kept slice would keep the whole file's text alive for as long as the dictionary.
 */
function ownCopy(value: string): string {
  // Concatenating, then cutting, makes V8 flatten into a new string of this length (a known idiom).
  return (' ' + value).slice(1);
}
