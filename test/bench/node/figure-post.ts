// nodePostPerPostingGroupMs: Post Inventory Cost to G/L, per posting group, over n unposted value entries
// in memory with the columnar path the engine uses (columns as storage hands them over). Details keep the
// row-object path (planning plus applying the changes) for comparison.
import { applyDatasetChanges, type Dataset, type DatasetChanges } from '../../../src/core/model';
import type { Result } from '../../../src/core/problems';
import { generateDataset } from '../generator/in-memory';
import { timed, type PartResult } from '../figures/types';
import { optionalModule } from './optional-module';
import { buildPostingContext } from '../../../src/core/posting';
import { postInventoryCostColumnar, postingColumnsOf } from '../../../src/core/posting/columnar';

interface PostingModule {
  postInventoryCostToGL(
    ds: Dataset,
    req: { postingMethod: 'Per Posting Group'; documentNo: string; post: boolean },
  ): Result<{ changes: DatasetChanges; counts: Record<string, number> }>;
}

export async function postFigure(o: { n: number; seed: number }): Promise<PartResult> {
  const { module, note } = await optionalModule<PostingModule>('src/core/posting/index.ts', ['postInventoryCostToGL']);
  if (!module) return { figures: { nodePostPerPostingGroupMs: null }, notes: [`Node posting: ${note}`] };
  const { dataset, counts } = generateDataset({ n: o.n, seed: o.seed, glEntries: 0 });
  const plan = timed(() =>
    module.postInventoryCostToGL(dataset, { postingMethod: 'Per Posting Group', documentNo: 'BENCH-POST', post: true }),
  );
  const result = plan.value;
  if (!result.ok) {
    const first = result.problems[0];
    return {
      figures: { nodePostPerPostingGroupMs: null },
      notes: [`Node posting refused: ${first?.code ?? ''} ${first?.message ?? ''}`],
    };
  }
  const ctx = buildPostingContext(dataset);
  const cols = timed(() => postingColumnsOf(dataset.valueEntries, ctx.scale));
  const columnar = timed(() =>
    postInventoryCostColumnar(
      ctx,
      cols.value,
      { postingMethod: 'Per Posting Group', documentNo: 'BENCH-POST', post: true, includeReportLines: false },
      { firstGLEntryNo: 1 },
    ),
  );
  const same =
    columnar.value.ok && columnar.value.value.relations.length === result.value.changes.glItemLedgerRelations.length;
  const apply = timed(() => applyDatasetChanges(dataset, result.value.changes));
  return {
    figures: { nodePostPerPostingGroupMs: columnar.ms },
    notes: same ? [] : ['Node posting: the columnar path disagrees with the row-object path'],
    details: {
      nodePost: {
        valueEntries: counts.valueEntries,
        columnarMs: columnar.ms,
        columnarCpuMs: columnar.cpuMs,
        columnsFromRowsMs: cols.ms,
        objectPlanMs: plan.ms,
        objectApplyMs: apply.ms,
        objectCpuMs: plan.cpuMs + apply.cpuMs,
        counts: result.value.counts,
      },
    },
  };
}
