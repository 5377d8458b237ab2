// Chromium figures through the engine worker API (filled in when src/worker's EngineApi has import/post/matrix).
import type { CsvDataset } from '../generator/csv-files';
import type { PartResult } from '../figures/types';

export const CHROMIUM_FIGURES = [
  'importMs',
  'matrixColdMs',
  'matrixWarmMs',
  'postPerPostingGroupMs',
  'drillDownFirstPageMs',
  'longestMainThreadTaskMs',
  'workerHeapMB',
] as const;

export function chromiumFigures(_data: { reconcile: CsvDataset; unposted: CsvDataset }, _log: (s: string) => void): Promise<PartResult> {
  return Promise.resolve({ figures: Object.fromEntries(CHROMIUM_FIGURES.map((k) => [k, null])), notes: ['Chromium: engine API has no import/matrix yet'] });
}
