// The dataset open in the app (header, every page reads it). `revision` rises after any write, so
// pages that show the dataset's data refresh when it changes. The choice survives a reload.
import type { DatasetSummary } from '../../worker/engine-api';

const storageKey = 'costbook.currentDataset';

function readSavedId(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked: start with the first dataset
  }
}

class CurrentDataset {
  /** Id of the open dataset, or null when none is open. */
  id = $state<string | null>(null);
  name = $state<string | null>(null);
  /** The stored revision after the last write we know of; a page reloads its data when it changes. */
  revision = $state(0);
  /** The open dataset's summary (counts, description), replaced whole after each write. */
  summary = $state.raw<DatasetSummary | null>(null);

  /** The id remembered from the last session. */
  readonly savedId = readSavedId();

  open(summary: DatasetSummary): void {
    this.id = summary.id;
    this.name = summary.name;
    this.summary = summary;
    this.revision = summary.revision;
    try {
      localStorage.setItem(storageKey, summary.id);
    } catch {
      // the choice still applies to this session
    }
  }

  close(): void {
    this.id = null;
    this.name = null;
    this.summary = null;
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // nothing to forget
    }
  }

  /**
   * Tells every page the open dataset changed: pass the summary a write returned, or nothing when
   * only the revision is known to have moved.
   */
  changed(summary?: DatasetSummary | null): void {
    if (summary && summary.id === this.id) {
      this.name = summary.name;
      this.summary = summary;
      this.revision = Math.max(this.revision + 1, summary.revision);
    } else {
      this.revision += 1;
    }
  }
}

export const currentDataset = new CurrentDataset();
