// costing100kMs / adjustCost100kMs / costingPeakHeapMB: item transactions through the costing engine,
// then Adjust Cost – Item Entries, in one CostingEngine session on an empty ledger with the bench setup.
import type { ItemTransactionAction, TransactionContext } from '../../../src/core/costing/types';
import { emptyChanges, type Dataset, type DatasetChanges } from '../../../src/core/model';
import type { Result } from '../../../src/core/problems';
import { generateDataset } from '../generator/in-memory';
import { ItemTransactionStream } from '../generator/transactions';
import { timed, type PartResult } from '../figures/types';
import { optionalModule } from './optional-module';

interface PostedTransaction {
  changes: DatasetChanges;
}
/** The costing session: keeps its ledger indexes across transactions and owns (mutates) its dataset. */
interface CostingEngine {
  post(action: ItemTransactionAction, ctx: TransactionContext): Result<PostedTransaction>;
  adjustCost(options: { itemNos?: string[] }): Result<DatasetChanges>;
  readonly dataset: Dataset;
}
interface CostingModule {
  CostingEngine: new (ds: Dataset) => CostingEngine;
}

const NULLS = { costing100kMs: null, adjustCost100kMs: null, costingPeakHeapMB: null };
const HEAP_SAMPLE_EVERY = 1000;

export async function costingFigure(o: { n: number; seed: number }): Promise<PartResult> {
  const { module, note } = await optionalModule<CostingModule>('src/core/costing/index.ts', ['CostingEngine']);
  if (!module) return { figures: NULLS, notes: [`Node costing: ${note}`] };
  const { dataset } = generateDataset({ n: 0, seed: o.seed, glEntries: 0 });
  const engine = new module.CostingEngine(dataset);
  const stream = new ItemTransactionStream(o.n, o.seed);
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = baseHeap;
  let refused = 0;
  let firstRefusal = '';
  const post = timed(() => {
    for (let i = 0; i < o.n; i++) {
      const result = engine.post(stream.next(), { workDate: '2025-12-31' });
      if (result.ok) stream.posted(result.value.changes);
      else {
        refused++;
        firstRefusal ||= `${result.problems[0]?.code ?? ''}: ${result.problems[0]?.message ?? ''}`;
        stream.posted(emptyChanges());
      }
      if (i % HEAP_SAMPLE_EVERY === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
  });
  const adjust = timed(() => engine.adjustCost({}));
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const notes = refused ? [`costing: ${refused} of ${o.n} transactions refused (first: ${firstRefusal})`] : [];
  if (!adjust.value.ok) notes.push(`Adjust Cost refused: ${adjust.value.problems[0]?.code ?? ''}`);
  const ds = engine.dataset;
  return {
    figures: {
      costing100kMs: post.ms,
      adjustCost100kMs: adjust.value.ok ? adjust.ms : null,
      costingPeakHeapMB: peakHeap / 2 ** 20,
    },
    notes,
    details: {
      costing: {
        transactions: o.n,
        postCpuMs: post.cpuMs,
        adjustCpuMs: adjust.cpuMs,
        automaticCostPosting: ds.inventorySetup.automaticCostPosting,
        valueEntries: ds.valueEntries.length,
        itemLedgerEntries: ds.itemLedgerEntries.length,
        adjustmentEntries: adjust.value.ok ? adjust.value.value.valueEntries.length : null,
        heapBeforeMB: baseHeap / 2 ** 20,
      },
    },
  };
}
