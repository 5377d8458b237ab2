// The matrix as it crosses to the UI: each cause with its amount, texts and entry counts, but without the
// entry-no. lists (the core keeps up to 1000 per cause); the entries behind a cause come by matrixDrillDown pages.
import type { ReconciliationCause, ReconciliationMatrix } from '../../core/reconciliation';
import { ok, type Result } from '../../core/problems';

export type CauseView = Omit<ReconciliationCause, 'valueEntryNos' | 'glEntryNos'>;
export type MatrixView = Omit<ReconciliationMatrix, 'causes'> & { causes: CauseView[] };

export function causeView(c: ReconciliationCause): CauseView {
  const { valueEntryNos: _v, glEntryNos: _g, ...rest } = c;
  return rest;
}

export function matrixView(m: ReconciliationMatrix): MatrixView {
  return { ...m, causes: m.causes.map(causeView) };
}

export function matrixViewResult(r: Result<ReconciliationMatrix>): Result<MatrixView> {
  return r.ok ? ok(matrixView(r.value), r.warnings) : r;
}
