// What every use case shares: the database (opened once, lazily), the write queue, the dataset
// cache, running operations, and listeners told when another tab upgraded the database.
import { fail, problem, type Result } from '../core/problems';
import { openCostbookDb, requestPersistence, type CostbookDb } from '../storage';
import { DatasetCache } from './dataset-cache';
import { Operations } from './operations';
import { WriteQueue, browserLocks, type LockManagerLike } from './queue';

export interface EngineOptions {
  /** IndexedDB database name (tests use a fresh one each). */
  dbName?: string;
  /** Cross-tab lock manager; default navigator.locks when present. */
  locks?: LockManagerLike | null;
}

export type StorageEvent = 'version-change';
export type StorageListener = (event: StorageEvent) => void;

export class EngineContext {
  readonly queue: WriteQueue;
  readonly cache = new DatasetCache();
  readonly operations = new Operations();
  private readonly listeners = new Set<StorageListener>();
  private opening: Promise<Result<CostbookDb>> | null = null;
  private closedByUpgrade = false;

  constructor(private readonly options: EngineOptions = {}) {
    this.queue = new WriteQueue(options.locks === undefined ? browserLocks() : options.locks);
  }

  /** The open database, or why it cannot be used. */
  db(): Promise<Result<CostbookDb>> {
    if (this.closedByUpgrade) {
      return Promise.resolve(
        fail([
          problem(
            'storage-unavailable',
            'Costbook was updated in another tab, so this tab stopped using the stored data.',
            undefined,
            'Reload this page to continue with the new version.',
          ),
        ]),
      );
    }
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<Result<CostbookDb>> {
    const opts: Parameters<typeof openCostbookDb>[0] = { onVersionChange: () => this.versionChanged() };
    if (this.options.dbName !== undefined) opts.name = this.options.dbName;
    const r = await openCostbookDb(opts);
    if (!r.ok) this.opening = null;
    else void requestPersistence();
    return r;
  }

  private versionChanged(): void {
    this.closedByUpgrade = true;
    this.opening = null;
    for (const listener of this.listeners) {
      try {
        listener('version-change');
      } catch {
        // a closed page's proxy; the others are still told
      }
    }
  }

  addStorageListener(listener: StorageListener): void {
    this.listeners.add(listener);
  }
}
