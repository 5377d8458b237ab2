// A ledger's rows for export, a page of row objects at a time in export order: one chunk is read and decoded
// at a time (the next one read while the current one is written), with only the dictionary pages it needs.
import { exceptionValue } from './chunk-codec';
import { readChunks, readFieldChunks } from './chunk-store';
import { storedCells } from './column-records';
import { COLUMN_SPECS } from './column-specs';
import { DictionaryWindow } from './dictionary-window';
import { exportRowOrder } from './ledger-row-order';
import { RowDecoder } from './row-decoder';
import { DICTIONARY_PAGE_SIZE } from './string-dictionary';
import type { ChunkRecord, DatasetRecord, LedgerTableName } from './records';
import type { CostbookDb } from './schema';
import { parseDimensionSetText } from './value-codecs';

type Row = Record<string, unknown>;

export interface RowPageOptions {
  /** The table's key fields, most significant first (rows come in their order). */
  keys: readonly string[];
  /** Rows per page at most. */
  pageRows: number;
  /** Only the rows with these entry nos. (ascending): chunks whose entry-no. range holds none are not read. */
  entryNos?: readonly number[];
}

/** Whether any of the ascending `entryNos` lies in [min, max] (binary search). */
function holdsAny(entryNos: readonly number[], min: number, max: number): boolean {
  let lo = 0;
  let hi = entryNos.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entryNos[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < entryNos.length && entryNos[lo]! <= max;
}

/** The dictionary pages the chunks' coded cells (codes, texts, dimension sets) point into. */
function dictionaryPagesOf(table: LedgerTableName, chunks: readonly ChunkRecord[]): number[] {
  const used: number[] = [];
  for (const { field, kind } of COLUMN_SPECS[table]) {
    if (kind !== 'string' && kind !== 'dimensions') continue;
    for (const chunk of chunks) {
      const col = chunk.columns[field]!;
      for (let i = 0; i < chunk.rowCount; i++) used[Math.floor(col[i]! / DICTIONARY_PAGE_SIZE)] = 1;
    }
  }
  const pages: number[] = [];
  used.forEach((_, p) => pages.push(p));
  return pages;
}

/** Calls `onPage` with the table's rows in export order, a page at a time. */
export async function forEachLedgerPage(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
  options: RowPageOptions,
  onPage: (rows: Row[]) => void,
): Promise<void> {
  const { entryNos } = options;
  const wanted = entryNos ? new Set(entryNos) : null;
  const all = record.chunks[table];
  if (all.length === 0) return;
  const page = (rows: Row[]) => {
    const kept = wanted ? rows.filter((r) => wanted.has(r.entryNo as number)) : rows;
    if (kept.length > 0) onPage(kept);
  };
  const dict = new DictionaryWindow(db, record.id);
  const decoder = new RowDecoder(table, dict, {
    amountScale: record.amountScale,
    unitAmountScale: record.unitAmountScale,
  });
  const pageRows = Math.max(1, options.pageRows);
  const order = exportRowOrder(await Promise.all(options.keys.map((k) => readFieldChunks(db, record, table, k))));
  if (order === null) {
    // Stored order is export order: chunk by chunk, the next chunk's read issued before this one is written.
    const index = all.filter((c) => !entryNos || holdsAny(entryNos, c.minEntryNo, c.maxEntryNo));
    if (index.length === 0) return;
    const readAhead = (k: number) => readChunks(db, record, table, [index[k]!.chunkNo]);
    let next = readAhead(0);
    for (let k = 0; k < index.length; k++) {
      const [chunk] = await next;
      if (k + 1 < index.length) next = readAhead(k + 1);
      await dict.holdPages(dictionaryPagesOf(table, [chunk!]));
      for (let at = 0; at < chunk!.rowCount; at += pageRows) {
        const rows: Row[] = [];
        for (let i = at; i < Math.min(at + pageRows, chunk!.rowCount); i++) rows.push(decoder.row(chunk!, i));
        page(rows);
      }
    }
    return;
  }
  // Rows out of key order (an import in another order): the table's columns are held while it is written.
  const chunks = await readChunks(
    db,
    record,
    table,
    all.map((s) => s.chunkNo),
  );
  await dict.holdPages(dictionaryPagesOf(table, chunks));
  const chunkOf = new Uint32Array(order.length);
  const starts: number[] = [];
  let start = 0;
  chunks.forEach((c, k) => {
    starts.push(start);
    chunkOf.fill(k, start, (start += c.rowCount));
  });
  for (let at = 0; at < order.length; at += pageRows) {
    const rows: Row[] = [];
    for (let i = at; i < Math.min(at + pageRows, order.length); i++) {
      const pos = order[i]!;
      const k = chunkOf[pos]!;
      rows.push(decoder.row(chunks[k]!, pos - starts[k]!));
    }
    page(rows);
  }
}

/** Every distinct dimension set of the table's rows (a CSV header needs their codes before the first row). */
export async function ledgerDimensionSets(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
): Promise<unknown[]> {
  if (!COLUMN_SPECS[table].some((s) => s.field === 'dimensions')) return [];
  const chunks = await readFieldChunks(db, record, table, 'dimensions');
  const cells = new Set<number>();
  const sets: unknown[] = [];
  for (const c of chunks) {
    const exceptional = new Map(c.exceptions ?? []);
    for (const text of exceptional.values()) sets.push(exceptionValue('dimensions', text));
    const values = storedCells(c.values, c.codes);
    for (let i = 0; i < c.rowCount; i++) if (!exceptional.has(i)) cells.add(values[i]!);
  }
  const dict = new DictionaryWindow(db, record.id);
  await dict.holdPages([...new Set([...cells].map((c) => Math.floor(c / DICTIONARY_PAGE_SIZE)))]);
  for (const cell of cells) sets.push(parseDimensionSetText(dict.lookup(cell)));
  return sets;
}
