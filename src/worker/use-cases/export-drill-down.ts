// Export of a drill-down list as CSV: the value entries or G/L entries behind a matrix figure or cause, or
// related to one entry — all of them, not the page on screen — in the table's CSV format (re-importable).
import { ok, type Result } from '../../core/problems';
import {
  drillDown,
  glEntriesOfValueEntry,
  valueEntriesOfGLEntry,
  type DrillDownTarget,
  type ReconciliationFilters,
} from '../../core/reconciliation';
import type { EngineContext } from '../engine-context';
import type { ProgressCallback } from '../operations';
import { reconciliationSource } from '../reconciliation-source';
import { exportDataset, type ExportFile } from './export-dataset';

/** Which list: behind a matrix cell or cause (under the matrix's filters), or related to one entry. */
export type DrillDownList =
  | {
      kind: 'matrix';
      target: DrillDownTarget;
      filters: ReconciliationFilters;
      table: 'valueEntries' | 'glEntries';
    }
  | { kind: 'related'; of: { glEntryNo: number } | { valueEntryNo: number } };

export async function exportDrillDown(
  ctx: EngineContext,
  datasetId: string,
  list: DrillDownList,
  onProgress?: ProgressCallback,
  operationId?: string,
): Promise<Result<ExportFile[]>> {
  const source = await reconciliationSource(ctx, datasetId);
  if (!source.ok) return source;
  let table: 'valueEntries' | 'glEntries';
  let entryNos: number[];
  if (list.kind === 'matrix') {
    const all = drillDown(source.value, list.target, list.filters, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
    if (!all.ok) return all;
    table = list.table;
    entryNos = table === 'valueEntries' ? all.value.valueEntryNos : all.value.glEntryNos;
  } else if ('glEntryNo' in list.of) {
    table = 'valueEntries';
    entryNos = valueEntriesOfGLEntry(source.value, list.of.glEntryNo);
  } else {
    table = 'glEntries';
    entryNos = glEntriesOfValueEntry(source.value, list.of.valueEntryNo);
  }
  const r = await exportDataset(ctx, datasetId, 'csv', { table, entryNos }, onProgress, operationId);
  return r.ok ? ok(r.value, r.warnings) : r;
}
