// Reads and writes a dataset's dictionary pages.
import { Dexie } from 'dexie';
import type { CostbookDb } from './schema';
import { StringDictionary } from './string-dictionary';

export async function readDictionary(db: CostbookDb, datasetId: string): Promise<StringDictionary> {
  const pages = await db.dictionaryPages
    .where('[datasetId+pageNo]')
    .between([datasetId, Dexie.minKey], [datasetId, Dexie.maxKey])
    .toArray();
  pages.sort((a, b) => a.pageNo - b.pageNo);
  const values: string[] = [];
  for (const p of pages) for (const v of p.values) values.push(v);
  return new StringDictionary(values);
}

export async function writeDictionaryChanges(db: CostbookDb, datasetId: string, dict: StringDictionary): Promise<void> {
  const pages = dict.changedPages().map((p) => ({ datasetId, ...p }));
  if (pages.length > 0) await db.dictionaryPages.bulkPut(pages);
}
