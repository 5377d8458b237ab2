// The ledgers the matrix and its drill-downs read, kept per engine while the dataset's stored revision is
// unchanged: columns read straight from the chunks for big datasets, columns built from the cached rows for
// small ones. Every write bumps the revision (in this tab or another), so the next read reloads.
import { buildLedgerColumns, type LedgerColumns } from '../core/columns';
import type { Dataset } from '../core/model';
import { ok, type Result } from '../core/problems';
import type { ReconciliationSetup } from '../core/reconciliation';
import { readDatasetRecord, readReconciliationInput, type CostbookDb } from '../storage';
import type { EngineContext } from './engine-context';

/** Above this many value entries, G/L entries and relations the matrix reads columns instead of row objects. */
export const COLUMNAR_THRESHOLD = 100_000;

export interface ReconciliationSource {
  columns: LedgerColumns;
  setup: ReconciliationSetup;
  revision: number;
}

interface Loaded {
  datasetId: string;
  revision: number;
  source: Promise<Result<ReconciliationSource>>;
}

/** One dataset's columns per engine: a million-row dataset holds ~100 MB of typed arrays. */
const lastLoaded = new WeakMap<EngineContext, Loaded>();
/** Columns built from a cached Dataset (cached datasets are never mutated; a write yields a new one). */
const builtFromRows = new WeakMap<Dataset, LedgerColumns>();

async function loadColumnar(db: CostbookDb, datasetId: string): Promise<Result<ReconciliationSource>> {
  return readReconciliationInput(db, datasetId);
}

/**
 * The reconciliation's ledgers and setup at the dataset's current revision. `columnarAbove` (rows) picks the
 * path; tests pass 0 to take the columnar path on small data.
 */
export async function reconciliationSource(
  ctx: EngineContext,
  datasetId: string,
  columnarAbove = COLUMNAR_THRESHOLD,
): Promise<Result<ReconciliationSource>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const db = opened.value;
  const record = await readDatasetRecord(db, datasetId);
  if (!record.ok) {
    lastLoaded.delete(ctx);
    return record;
  }
  const rows = (['valueEntries', 'glEntries', 'glItemLedgerRelations'] as const).reduce(
    (n, t) => n + record.value.chunks[t].reduce((m, s) => m + s.rowCount, 0),
    0,
  );
  if (rows <= columnarAbove) {
    const loaded = await ctx.cache.load(db, datasetId);
    if (!loaded.ok) return loaded;
    const ds = loaded.value.dataset;
    let columns = builtFromRows.get(ds);
    if (!columns) builtFromRows.set(ds, (columns = buildLedgerColumns(ds)));
    return ok({ columns, setup: ds, revision: loaded.value.revision });
  }
  const hit = lastLoaded.get(ctx);
  if (hit?.datasetId === datasetId && hit.revision === record.value.revision) {
    const r = await hit.source;
    // Read inside another transaction than the record: a write in between is caught by the revision.
    if (r.ok && r.value.revision === record.value.revision) return r;
  }
  // Drop the old columns before reading the new ones, so two datasets' ledgers are never held at once.
  lastLoaded.delete(ctx);
  const source = loadColumnar(db, datasetId);
  lastLoaded.set(ctx, { datasetId, revision: record.value.revision, source });
  const r = await source;
  if (!r.ok || r.value.revision !== record.value.revision) {
    if (lastLoaded.get(ctx)?.source === source) lastLoaded.delete(ctx);
    if (r.ok) lastLoaded.set(ctx, { datasetId, revision: r.value.revision, source: Promise.resolve(r) });
  }
  return r;
}

/** Forgets the columns of a dataset (after a delete, so its memory is freed at once). */
export function forgetReconciliationSource(ctx: EngineContext, datasetId: string): void {
  if (lastLoaded.get(ctx)?.datasetId === datasetId) lastLoaded.delete(ctx);
}
