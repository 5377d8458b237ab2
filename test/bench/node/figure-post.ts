// nodePostPerPostingGroupMs: Post Inventory Cost to G/L, per posting group, over n unposted value entries
// in memory — planning plus applying the changes (the in-memory commit).
import { applyDatasetChanges, type Dataset, type DatasetChanges } from '../../../src/core/model';
import type { Result } from '../../../src/core/problems';
import { generateDataset } from '../generator/in-memory';
import { timed, type PartResult } from '../figures/types';
import { optionalModule } from './optional-module';

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
  const apply = timed(() => applyDatasetChanges(dataset, result.value.changes));
  return {
    figures: { nodePostPerPostingGroupMs: plan.ms + apply.ms },
    notes: [],
    details: {
      nodePost: {
        valueEntries: counts.valueEntries,
        planMs: plan.ms,
        applyMs: apply.ms,
        cpuMs: plan.cpuMs + apply.cpuMs,
        counts: result.value.counts,
      },
    },
  };
}
