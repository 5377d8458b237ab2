// Where did it diverge, for the page: a matrix field's cumulative item and G/L balances per posting date (as
// typed arrays of exact minor units, for the chart) and the first date on which they part ways.
import { divergence as computeDivergence, type Divergence, type MatrixField } from '../../core/reconciliation';
import type { Result } from '../../core/problems';
import type { EngineContext } from '../engine-context';
import { reconciliationSource } from '../reconciliation-source';

export async function divergence(
  ctx: EngineContext,
  datasetId: string,
  field: MatrixField,
): Promise<Result<Divergence>> {
  const source = await reconciliationSource(ctx, datasetId);
  if (!source.ok) return source;
  return computeDivergence(source.value.columns, source.value.setup, field);
}
