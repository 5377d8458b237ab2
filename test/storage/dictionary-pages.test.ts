// Dictionary pages stored as one joined text with end offsets: every string comes back exactly, by every reader.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCostbookDb, type CostbookDb } from '../../src/storage';
import {
  dictionaryPageReader,
  readDictionary,
  readDictionaryEntries,
  writeDictionaryChanges,
} from '../../src/storage/dictionary-store';
import { DICTIONARY_PAGE_SIZE, joinPage, pageLookup, StringDictionary } from '../../src/storage/string-dictionary';
import { uniqueDbName } from './fixtures';

const AWKWARD = [
  '',
  '',
  'x',
  '\u0000',
  '\u001f',
  '\u001e',
  '|',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '"',
  '\\',
  '😀',
  '🇸🇪 Göteborg',
  '\uD83D', // a lone high surrogate, next to
  '\uDE00', // a lone low surrogate: joined they make one emoji, cut they must not
  'ä'.repeat(3),
  'L'.repeat(1_000_000),
  '0',
  '00',
  ' ',
  '',
];

async function freshDb(): Promise<CostbookDb> {
  const opened = await openCostbookDb({ name: uniqueDbName() });
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.value;
}

/** Strings as a writer adds them (a dictionary holds each once, so the awkward ones are made distinct). */
function distinct(values: string[]): string[] {
  return values.map((v, i) => (values.indexOf(v) === i ? v : `${v}#${i}`));
}

describe('dictionary pages', () => {
  it('a page joins its strings with their end offsets, and a lookup cuts each back exactly', () => {
    const page = joinPage(['ab', '', '😀', 'c']);
    expect(page.text).toBe('ab😀c');
    expect([...page.ends]).toEqual([2, 2, 4, 5]);
    const lookup = pageLookup(page);
    expect([0, 1, 2, 3, 2].map(lookup)).toEqual(['ab', '', '😀', 'c', '😀']);
    expect(lookup(4)).toBe('');
    expect(lookup(-1)).toBe('');
    expect(pageLookup(undefined)(0)).toBe('');
  });

  it('round-trips awkward strings through write → read → lookup by every reader', async () => {
    const db = await freshDb();
    const values = distinct(AWKWARD);
    const dict = new StringDictionary();
    values.forEach((v, i) => expect(dict.code(v)).toBe(i));
    await writeDictionaryChanges(db, 'ds', dict);

    const stored = await db.dictionaryPages.get(['ds', 0]);
    expect(stored?.ends).toBeInstanceOf(Uint32Array);
    expect(stored?.ends.length).toBe(values.length);

    expect((await readDictionary(db, 'ds')).values).toEqual(values);
    const indexes = values.map((_, i) => i);
    const entries = await readDictionaryEntries(db, 'ds', indexes);
    expect(indexes.map(entries)).toEqual(values);
    const reader = dictionaryPageReader(db, 'ds');
    const of = await reader.lookupOf(indexes);
    expect(indexes.map(of)).toEqual(values);
    expect((await reader.lookupOf([values.length]))(values.length)).toBe('');
    // the lone surrogates come back as the two strings they were, not as one emoji
    expect(entries(values.indexOf('\uD83D'))).toHaveLength(1);
    expect(entries(values.indexOf('\uDE00'))).toBe('\uDE00');
  });

  it('finds strings either side of a page boundary (index 65,535 / 65,536) and another dataset does not interfere', async () => {
    const db = await freshDb();
    const values = Array.from({ length: DICTIONARY_PAGE_SIZE + 3 }, (_, i) => `s${i}`);
    values[DICTIONARY_PAGE_SIZE - 1] = '😀 last of page 0';
    values[DICTIONARY_PAGE_SIZE] = '';
    values[DICTIONARY_PAGE_SIZE + 1] = 'first|of,page\n1';
    const dict = new StringDictionary();
    for (const v of values) dict.code(v);
    await writeDictionaryChanges(db, 'ds', dict);
    const other = new StringDictionary();
    other.code('other');
    await writeDictionaryChanges(db, 'other', other);

    expect(await db.dictionaryPages.where('datasetId').equals('ds').count()).toBe(2);
    const at = [0, DICTIONARY_PAGE_SIZE - 1, DICTIONARY_PAGE_SIZE, DICTIONARY_PAGE_SIZE + 1, DICTIONARY_PAGE_SIZE + 2];
    const expected = ['s0', '😀 last of page 0', '', 'first|of,page\n1', `s${DICTIONARY_PAGE_SIZE + 2}`];
    const entries = await readDictionaryEntries(db, 'ds', at);
    expect(at.map(entries)).toEqual(expected);
    const of = await dictionaryPageReader(db, 'ds').lookupOf(at);
    expect(at.map(of)).toEqual(expected);
    expect((await readDictionary(db, 'ds')).values).toEqual(values);
    expect((await readDictionary(db, 'other')).values).toEqual(['other']);
  }, 30_000);

  it('appending to a partly filled last page rewrites only that page, keeping every earlier index', async () => {
    const db = await freshDb();
    const first = Array.from({ length: DICTIONARY_PAGE_SIZE + 2 }, (_, i) => `a${i}`);
    const dict = new StringDictionary();
    for (const v of first) dict.code(v);
    await writeDictionaryChanges(db, 'ds', dict);
    const page0 = await db.dictionaryPages.get(['ds', 0]);

    const reread = await readDictionary(db, 'ds');
    expect(reread.code('a5')).toBe(5); // already stored: same index, nothing new
    expect(reread.changedPages()).toEqual([]);
    expect(reread.code('')).toBe(DICTIONARY_PAGE_SIZE + 2);
    expect(reread.code('🇸🇪')).toBe(DICTIONARY_PAGE_SIZE + 3);
    expect(reread.changedPages().map((p) => p.pageNo)).toEqual([1]);
    await writeDictionaryChanges(db, 'ds', reread);

    expect(await db.dictionaryPages.get(['ds', 0])).toEqual(page0);
    const page1 = await db.dictionaryPages.get(['ds', 1]);
    expect(page1?.text).toBe(`a${DICTIONARY_PAGE_SIZE}a${DICTIONARY_PAGE_SIZE + 1}🇸🇪`);
    expect((await readDictionary(db, 'ds')).values).toEqual([...first, '', '🇸🇪']);
    const entries = await readDictionaryEntries(db, 'ds', [DICTIONARY_PAGE_SIZE + 1, DICTIONARY_PAGE_SIZE + 3]);
    expect(entries(DICTIONARY_PAGE_SIZE + 1)).toBe(`a${DICTIONARY_PAGE_SIZE + 1}`);
    expect(entries(DICTIONARY_PAGE_SIZE + 2)).toBe('');
    expect(entries(DICTIONARY_PAGE_SIZE + 3)).toBe('🇸🇪');
  }, 30_000);
});

describe('StringDictionary loaded from stored strings', () => {
  it('codes a stored string by its stored index and appends only new strings', () => {
    const dict = new StringDictionary(['ITEM-1', 'BLUE', 'PI-1203']);
    expect(dict.code('BLUE')).toBe(1);
    expect(dict.code('RED')).toBe(3);
    expect(dict.code('ITEM-1')).toBe(0);
    expect(dict.code('RED')).toBe(3);
    expect(dict.values).toEqual(['ITEM-1', 'BLUE', 'PI-1203', 'RED']);
    expect(dict.changedPages()).toEqual([
      { pageNo: 0, text: 'ITEM-1BLUEPI-1203RED', ends: new Uint32Array([6, 10, 17, 20]) },
    ]);
  });
});
