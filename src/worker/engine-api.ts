// The engine API the UI calls through Comlink: one async function per use case.
// Plain functions, so Node tests call them directly without a Worker.
import { version } from '../../package.json';

/** Builds the engine API. Later use cases (datasets, import, posting, matrix) are added as members here. */
export function createEngineApi() {
  return {
    /** The engine's version (the app's package version), shown in the footer. */
    engineVersion(): Promise<string> {
      return Promise.resolve(version);
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
