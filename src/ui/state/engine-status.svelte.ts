// Whether the engine worker answers, and its version, for the footer.
import { engine } from '../engine-client';

class EngineStatus {
  version = $state<string | null>(null);
  error = $state<string | null>(null);

  /** Asks the worker for its version; the footer shows the answer or the failure. */
  async connect(): Promise<void> {
    try {
      this.version = await engine.engineVersion();
    } catch (cause) {
      this.error = cause instanceof Error ? cause.message : String(cause);
    }
  }
}

export const engineStatus = new EngineStatus();
