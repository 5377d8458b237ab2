// nodeMatrixMs: reconcileColumns over n value entries and n G/L entries (+ relations) held as columns,
// built straight from the generator; the first run is reported apart, nodeMatrixMs is the median of warm runs.
import type { LedgerColumns } from '../../../src/core/columns';
import type {
  ReconciliationFilters,
  ReconciliationMatrix,
  ReconciliationSetup,
} from '../../../src/core/reconciliation';
import type { Result } from '../../../src/core/problems';
import { generateColumns } from '../generator/columns';
import { benchSetup } from '../generator/setup';
import { median, timed, type PartResult } from '../figures/types';
import { optionalModule } from './optional-module';

interface ReconciliationModule {
  reconcileColumns(
    cols: LedgerColumns,
    setup: ReconciliationSetup,
    filters: ReconciliationFilters,
  ): Result<ReconciliationMatrix>;
}

const NULLS = { nodeMatrixMs: null, nodeMatrixFirstMs: null };
const WARM_RUNS = 9;

export async function matrixFigure(o: { n: number; seed: number }): Promise<PartResult> {
  const { module, note } = await optionalModule<ReconciliationModule>('src/core/reconciliation/index.ts', [
    'reconcileColumns',
  ]);
  if (!module) return { figures: NULLS, notes: [`Node matrix: ${note}`] };
  const setup = benchSetup();
  const built = timed(() => generateColumns(setup, { n: o.n, seed: o.seed, glEntries: o.n }));
  const { columns } = built.value;
  const first = timed(() => module.reconcileColumns(columns, setup, {}));
  if (!first.value.ok) {
    const p = first.value.problems[0];
    return { figures: NULLS, notes: [`Node matrix refused: ${p?.code ?? ''} ${p?.message ?? ''}`] };
  }
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const t = timed(() => module.reconcileColumns(columns, setup, {}));
    warm.push(t.ms);
    warmCpu.push(t.cpuMs);
  }
  const matrix = first.value.value;
  return {
    figures: { nodeMatrixMs: median(warm), nodeMatrixFirstMs: first.ms },
    notes: [],
    details: {
      nodeMatrix: {
        valueEntries: columns.valueEntries.length,
        glEntries: columns.glEntries.length,
        relations: columns.relations.length,
        generateColumnsMs: built.ms,
        warmRunsMs: warm,
        warmRunsCpuMs: warmCpu,
        nonZeroCells: Object.values(matrix.cells).filter((c) => c !== '0' && c !== '0.00').length,
        causes: matrix.causes.map((c) => ({ field: c.field, code: c.code, amount: c.amount })),
      },
    },
  };
}
