// The last loaded dataset per id, reused while its stored revision is unchanged (another tab's
// write bumps the revision, so the next read reloads). Cached datasets are never mutated.
import { applyDatasetChanges, type Dataset, type DatasetChanges } from '../core/model';
import { ok, type Result } from '../core/problems';
import { loadDataset, readDatasetRecord, type CostbookDb } from '../storage';

export interface LoadedDataset {
  dataset: Dataset;
  revision: number;
}

export class DatasetCache {
  private readonly entries = new Map<string, LoadedDataset>();

  async load(db: CostbookDb, id: string): Promise<Result<LoadedDataset>> {
    const record = await readDatasetRecord(db, id);
    if (!record.ok) {
      this.entries.delete(id);
      return record;
    }
    const cached = this.entries.get(id);
    if (cached && cached.revision === record.value.revision) return ok(cached);
    const loaded = await loadDataset(db, id);
    if (loaded.ok) this.entries.set(id, loaded.value);
    return loaded;
  }

  /** After a committed write: the cached dataset with the changes, at the new revision. */
  applied(id: string, fromRevision: number, changes: DatasetChanges, toRevision: number): void {
    const cached = this.entries.get(id);
    if (!cached || cached.revision !== fromRevision) {
      this.entries.delete(id);
      return;
    }
    this.entries.set(id, { dataset: withChanges(cached.dataset, changes), revision: toRevision });
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}

/** A new dataset with the changes applied; the old one (possibly in use by a reader) is untouched. */
export function withChanges(ds: Dataset, changes: DatasetChanges): Dataset {
  const marked = new Set(changes.watermarks.map((w) => w.valueEntryNo));
  const next: Dataset = {
    ...ds,
    itemLedgerEntries: [...ds.itemLedgerEntries],
    itemApplicationEntries: [...ds.itemApplicationEntries],
    valueEntries: ds.valueEntries.map((ve) => (marked.has(ve.entryNo) ? { ...ve } : ve)),
    glEntries: [...ds.glEntries],
    glItemLedgerRelations: [...ds.glItemLedgerRelations],
  };
  applyDatasetChanges(next, { ...changes, valueEntries: changes.valueEntries.map((ve) => ({ ...ve })) });
  return next;
}
