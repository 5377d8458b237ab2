// The stored datasets, the storage status and the startup wiring: seed the sample on first start,
// reopen the last dataset, and hear when another tab upgraded the database (then ask for a reload).
import type { Problem } from '../../core/problems';
import type { DatasetSummary, StorageInfo } from '../../worker/engine-api';
import { engine } from '../engine-client';
import { currentDataset } from './current-dataset.svelte';

class DatasetLibrary {
  datasets = $state.raw<DatasetSummary[]>([]);
  loaded = $state(false);
  storage = $state.raw<StorageInfo | null>(null);
  /** Another tab upgraded the app: this tab must reload before it touches the data again. */
  versionChanged = $state(false);
  /** Problems from listing or seeding (storage unavailable, quota…). */
  problems = $state.raw<Problem[]>([]);
  private started = false;

  /** First start: store the sample when nothing is stored, list, reopen the last dataset, watch storage. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // The only storage event is 'version-change'.
    void engine.watchStorage(() => {
      this.versionChanged = true;
    });
    const seeded = await engine.ensureSampleDataset();
    if (!seeded.ok) this.problems = seeded.problems;
    await this.refresh();
    if (!currentDataset.id) {
      const saved = this.datasets.find((d) => d.id === currentDataset.savedId);
      const first = saved ?? (seeded.ok && seeded.value ? seeded.value : this.datasets[0]);
      if (first) currentDataset.open(first);
    }
    await this.refreshStorage();
  }

  /** Reads the list again; keeps the open dataset's summary current. */
  async refresh(): Promise<void> {
    const r = await engine.listDatasets();
    this.loaded = true;
    if (!r.ok) {
      this.problems = r.problems;
      return;
    }
    this.datasets = r.value;
    const open = r.value.find((d) => d.id === currentDataset.id);
    if (open) {
      if (open.revision !== currentDataset.summary?.revision || open.name !== currentDataset.name)
        currentDataset.changed(open);
    } else if (currentDataset.id) {
      currentDataset.close();
    }
  }

  async refreshStorage(): Promise<void> {
    const r = await engine.storageStatus();
    if (r.ok) this.storage = r.value;
  }

  async remove(id: string): Promise<Problem[]> {
    const r = await engine.deleteDataset(id);
    if (!r.ok) return r.problems;
    if (currentDataset.id === id) currentDataset.close();
    await this.refresh();
    if (!currentDataset.id && this.datasets[0]) currentDataset.open(this.datasets[0]);
    await this.refreshStorage();
    return [];
  }
}

export const datasetLibrary = new DatasetLibrary();
