// The UI's only door to the engine: starts the Web Worker and wraps it with Comlink.
// Arguments are copied to plain data first, as $state.snapshot does, because rune proxies cannot be cloned.
import * as Comlink from 'comlink';
import type { EngineApi } from '../worker/engine-api';
import { plainSnapshot } from './plain-snapshot';

type EngineCall<K extends keyof EngineApi> = (...args: Parameters<EngineApi[K]>) => ReturnType<EngineApi[K]>;

/** The engine as the UI sees it: every API function, taking snapshot-safe arguments. */
export type EngineClient = { readonly [K in keyof EngineApi]: EngineCall<K> };

let remote: Comlink.Remote<EngineApi> | null = null;

function remoteEngine(): Comlink.Remote<EngineApi> {
  remote ??= Comlink.wrap<EngineApi>(
    new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'costbook-engine' }),
  );
  return remote;
}

type RemoteFunctions = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** The engine client; the Worker starts on first use. */
export const engine: EngineClient = new Proxy({} as EngineClient, {
  get(_target, name) {
    // Not a thenable: `await engine` must not look like a call.
    if (typeof name !== 'string' || name === 'then') return undefined;
    return (...args: unknown[]) => {
      const remote = remoteEngine() as unknown as RemoteFunctions;
      // Callbacks (progress, storage listeners) cross as Comlink proxies; everything else as plain data.
      return remote[name]!(...args.map((a) => (typeof a === 'function' ? Comlink.proxy(a) : plainSnapshot(a))));
    };
  },
});
