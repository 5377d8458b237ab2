// A long engine operation the page shows and can cancel: whether it runs, its last progress, and its operation
// id for engine.cancel. Import and export each keep one (one of each at a time).
import type { Progress } from '../../worker/engine-api';
import { engine } from '../engine-client';

let nextOperation = 0;

export class RunningOperation {
  running = $state(false);
  progress = $state.raw<Progress | null>(null);
  private operationId: string | null = null;

  constructor(private readonly kind: string) {}

  /** Runs `work` with a progress callback and a fresh operation id; null when one is already running. */
  async run<T>(
    first: Progress,
    work: (onProgress: (p: Progress) => void, operationId: string) => Promise<T>,
  ): Promise<T | null> {
    if (this.running) return null;
    this.running = true;
    this.progress = first;
    const operationId = `${this.kind}-${Date.now()}-${nextOperation++}`;
    this.operationId = operationId;
    try {
      return await work((p) => {
        this.progress = p;
      }, operationId);
    } finally {
      this.running = false;
      this.progress = null;
      this.operationId = null;
    }
  }

  cancel(): void {
    if (this.operationId) void engine.cancel(this.operationId);
  }
}
