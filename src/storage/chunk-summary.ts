// The filter summary of a chunk (entry-no. and posting-date ranges), computed from its columns.
import { DATE_FIELD, ENTRY_NO_FIELD } from './column-specs';
import type { ChunkRecord, ChunkSummary } from './records';
import { BLANK_DATE } from './value-codecs';

export function dateRangeOf(chunk: Pick<ChunkRecord, 'table' | 'rowCount' | 'columns'>): {
  minDate: number | null;
  maxDate: number | null;
} {
  const field = DATE_FIELD[chunk.table];
  const col = field ? chunk.columns[field] : undefined;
  let min = Infinity;
  let max = -Infinity;
  if (col) {
    for (let i = 0; i < chunk.rowCount; i++) {
      const d = col[i]!;
      if (d === BLANK_DATE) continue;
      if (d < min) min = d;
      if (d > max) max = d;
    }
  }
  return min === Infinity ? { minDate: null, maxDate: null } : { minDate: min, maxDate: max };
}

export function summarizeChunk(chunk: Pick<ChunkRecord, 'table' | 'chunkNo' | 'rowCount' | 'columns'>): ChunkSummary {
  const entryNos = chunk.columns[ENTRY_NO_FIELD[chunk.table]]!;
  let minEntryNo = Infinity;
  let maxEntryNo = -Infinity;
  for (let i = 0; i < chunk.rowCount; i++) {
    const e = entryNos[i]!;
    if (e < minEntryNo) minEntryNo = e;
    if (e > maxEntryNo) maxEntryNo = e;
  }
  return {
    chunkNo: chunk.chunkNo,
    rowCount: chunk.rowCount,
    minEntryNo: chunk.rowCount ? minEntryNo : 0,
    maxEntryNo: chunk.rowCount ? maxEntryNo : 0,
    ...dateRangeOf(chunk),
  };
}
