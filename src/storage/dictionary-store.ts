// Reads and writes a dataset's dictionary pages: all of them (writers), or only those a reader needs.
import { Dexie } from 'dexie';
import type { CostbookDb } from './schema';
import { DICTIONARY_PAGE_SIZE, pageLookup, splitPage, StringDictionary } from './string-dictionary';

export async function readDictionary(db: CostbookDb, datasetId: string): Promise<StringDictionary> {
  const pages = await db.dictionaryPages
    .where('[datasetId+pageNo]')
    .between([datasetId, Dexie.minKey], [datasetId, Dexie.maxKey])
    .toArray();
  pages.sort((a, b) => a.pageNo - b.pageNo);
  const values: string[] = [];
  for (const p of pages) for (const v of splitPage(p)) values.push(v);
  return new StringDictionary(values);
}

export async function writeDictionaryChanges(db: CostbookDb, datasetId: string, dict: StringDictionary): Promise<void> {
  const pages = dict.changedPages().map((p) => ({ datasetId, ...p }));
  if (pages.length > 0) await db.dictionaryPages.bulkPut(pages);
}

/**
 * A lookup of the dictionary strings at the given indexes, reading only the pages that hold them (a million
 * document nos. need not be read to show the item and account codes of the matrix or a page of rows).
 */
export async function readDictionaryEntries(
  db: CostbookDb,
  datasetId: string,
  indexes: Iterable<number>,
): Promise<(index: number) => string> {
  const pageNos = new Set<number>();
  for (const i of indexes) pageNos.add(Math.floor(i / DICTIONARY_PAGE_SIZE));
  const keys = [...pageNos].map((p): [string, number] => [datasetId, p]);
  const pages = new Map<number, (indexInPage: number) => string>();
  for (const page of await db.dictionaryPages.bulkGet(keys)) if (page) pages.set(page.pageNo, pageLookup(page));
  return (index) => pages.get(Math.floor(index / DICTIONARY_PAGE_SIZE))?.(index % DICTIONARY_PAGE_SIZE) ?? '';
}

/**
 * Reads a dataset's dictionary pages on demand, each once: `lookupOf` resolves when the pages holding the
 * given indexes are in. `prefetch` asks for a page ahead (requests in a transaction are served in order).
 */
export function dictionaryPageReader(db: CostbookDb, datasetId: string) {
  const pages = new Map<number, Promise<(indexInPage: number) => string>>();
  const page = (pageNo: number) => {
    let p = pages.get(pageNo);
    if (!p) {
      p = db.dictionaryPages.get([datasetId, pageNo]).then(pageLookup);
      pages.set(pageNo, p);
    }
    return p;
  };
  return {
    prefetch(pageNo: number): void {
      void page(pageNo);
    },
    /** A lookup of the given indexes, once the pages holding them are in. */
    async lookupOf(indexes: Iterable<number>): Promise<(index: number) => string> {
      const pageNos = new Set<number>();
      for (const i of indexes) pageNos.add(Math.floor(i / DICTIONARY_PAGE_SIZE));
      const loaded = new Map(await Promise.all([...pageNos].map(async (p) => [p, await page(p)] as const)));
      return (index) => loaded.get(Math.floor(index / DICTIONARY_PAGE_SIZE))?.(index % DICTIONARY_PAGE_SIZE) ?? '';
    },
  };
}
