// nodeMatrixMs: the reconciliation matrix over n value entries and n G/L entries held as columns
// (src/core/columns' LedgerColumns built straight from the generator), median of warm runs.
import type { PartResult } from '../figures/types';
import { optionalModule } from './optional-module';

const NULLS = { nodeMatrixMs: null, nodeMatrixFirstMs: null };

export async function matrixFigure(_o: { n: number; seed: number }): Promise<PartResult> {
  const columns = await optionalModule<object>('src/core/columns/index.ts', []);
  const reconciliation = await optionalModule<{ reconcileColumns: unknown }>('src/core/reconciliation/index.ts', ['reconcileColumns']);
  const note = columns.note ?? reconciliation.note;
  return { figures: NULLS, notes: [`Node matrix: ${note ?? 'not wired yet'}`] };
}
