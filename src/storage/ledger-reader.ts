// Reads ledger chunks back: as row objects (small and medium datasets: costing, posting) or as
// raw column chunks (the million-row matrix path), optionally skipping chunks outside a date range.
import { Dexie } from 'dexie';
import { decodeRows } from './chunk-codec';
import { COLUMN_SPECS } from './column-specs';
import type { ChunkRecord, DatasetRecord, LedgerTableName } from './records';
import type { CostbookDb } from './schema';

export async function readTableChunks(
  db: CostbookDb,
  record: DatasetRecord,
  table: LedgerTableName,
  dateRange?: { fromDay?: number; toDay?: number },
): Promise<ChunkRecord[]> {
  const wanted = new Set(
    record.chunks[table]
      .filter((s) => {
        if (!dateRange || s.minDate === null || s.maxDate === null) return true;
        if (dateRange.fromDay !== undefined && s.maxDate < dateRange.fromDay) return false;
        if (dateRange.toDay !== undefined && s.minDate > dateRange.toDay) return false;
        return true;
      })
      .map((s) => s.chunkNo),
  );
  const all = db.chunks
    .where('[datasetId+table+chunkNo]')
    .between([record.id, table, Dexie.minKey], [record.id, table, Dexie.maxKey]);
  // Without a filter Dexie reads with one getAll instead of a cursor step per chunk.
  const chunks =
    wanted.size === record.chunks[table].length
      ? (await all.toArray()).filter((c) => wanted.has(c.chunkNo))
      : await all.filter((c) => wanted.has(c.chunkNo)).toArray();
  return chunks.sort((a, b) => a.chunkNo - b.chunkNo);
}

export async function readTableRows(
  db: CostbookDb,
  record: DatasetRecord,
  dict: readonly string[],
  table: LedgerTableName,
): Promise<Record<string, unknown>[]> {
  const scales = { amountScale: record.amountScale, unitAmountScale: record.unitAmountScale };
  const rows: Record<string, unknown>[] = [];
  for (const chunk of await readTableChunks(db, record, table)) {
    for (const row of decodeRows(chunk, COLUMN_SPECS[table], dict, scales)) rows.push(row);
  }
  return rows;
}
