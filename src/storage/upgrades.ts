// Pure upgrade steps between IndexedDB schema versions (called from schema.ts, tested alone).
// Version 1 indexed chunks by entry-no. range only; version 2 adds posting-date ranges so
// date filters can skip chunks; version 3 stores each chunk as one record per field, and each
// dictionary page as one joined text with end offsets.
import { dateRangeOf } from './chunk-summary';
import { splitChunk } from './column-records';
import type { ChunkRecord, ColumnRecord, DatasetRecord, DictionaryPageRecord } from './records';
import { joinPage } from './string-dictionary';

/** A dataset record as version 1 wrote it: chunk summaries without date ranges. */
export type DatasetRecordV1 = Omit<DatasetRecord, 'chunks'> & {
  chunks: Record<string, { chunkNo: number; rowCount: number; minEntryNo: number; maxEntryNo: number }[]>;
};

/** Version 1 → 2: adds each chunk's date range, computed from its stored date column. */
export function upgradeDatasetRecordV1toV2(
  record: DatasetRecordV1,
  chunkOf: (table: string, chunkNo: number) => ChunkRecord | undefined,
): DatasetRecord {
  const chunks = {} as DatasetRecord['chunks'];
  for (const [table, summaries] of Object.entries(record.chunks)) {
    chunks[table as keyof DatasetRecord['chunks']] = summaries.map((s) => {
      const chunk = chunkOf(table, s.chunkNo);
      return { ...s, ...(chunk ? dateRangeOf(chunk) : { minDate: null, maxDate: null }) };
    });
  }
  return { ...record, chunks };
}

/** Version 2 → 3: a whole-chunk record becomes its column records (cells cut to the chunk's row count). */
export function upgradeChunkV2toV3(chunk: ChunkRecord): ColumnRecord[] {
  const columns: ChunkRecord['columns'] = {};
  for (const [field, col] of Object.entries(chunk.columns))
    columns[field] = col.length === chunk.rowCount ? col : col.slice(0, chunk.rowCount);
  return splitChunk({ ...chunk, columns });
}

/** A dictionary page as versions 1 and 2 wrote it: one array of strings. */
export interface DictionaryPageRecordV2 {
  datasetId: string;
  pageNo: number;
  values: string[];
}

/** Version 2 → 3: a page's strings become one joined text and the end offset of each. */
export function upgradeDictionaryPageV2toV3(page: DictionaryPageRecordV2): DictionaryPageRecord {
  return { datasetId: page.datasetId, pageNo: page.pageNo, ...joinPage(page.values) };
}
