// Long operations: progress reported through a callback (a Comlink.proxy from the UI) and
// cancellation by operation id (the UI calls cancel(id); the use case checks between stages).
import { problem, type Problem } from '../core/problems';

export interface Progress {
  /** Stage shown to the user: 'reading', 'validating', 'saving', 'posting', … */
  stage: string;
  /** 0…1 when known. */
  fraction?: number;
  message?: string;
}

export type ProgressCallback = (progress: Progress) => void | Promise<void>;

export class Operations {
  private readonly cancelled = new Set<string>();

  cancel(operationId: string): void {
    this.cancelled.add(operationId);
  }

  isCancelled(operationId: string | undefined): boolean {
    return operationId !== undefined && this.cancelled.has(operationId);
  }

  finish(operationId: string | undefined): void {
    if (operationId !== undefined) this.cancelled.delete(operationId);
  }
}

export function cancelledProblem(): Problem {
  return problem('operation-cancelled', 'Cancelled; nothing was changed.');
}

/** Reports progress, then yields so a queued cancel(id) message can arrive before the next stage. */
export async function report(onProgress: ProgressCallback | undefined, progress: Progress): Promise<void> {
  try {
    await onProgress?.(progress);
  } catch {
    // A closed page cannot receive progress; the operation itself goes on.
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
}
