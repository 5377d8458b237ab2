// Mutating calls run one at a time: in order within this worker (a promise queue) and across tabs
// (the Web Lock 'costbook-write', when the browser has Web Locks).

export const WRITE_LOCK_NAME = 'costbook-write';

/** The part of navigator.locks the queue uses (tests pass their own or null). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export function browserLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly locks: LockManagerLike | null = browserLocks()) {}

  /** Runs `work` after every write queued before it, holding the cross-tab write lock. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const locked = () => (this.locks ? this.locks.request(WRITE_LOCK_NAME, work) : work());
    const next = this.tail.then(locked, locked);
    // The tail settles with nothing: holding the last result would keep e.g. a posting run's columns alive.
    this.tail = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  /** Settles, with no value, once every write queued so far is done (succeeded or failed). */
  idle(): Promise<void> {
    return this.tail as Promise<void>;
  }
}
