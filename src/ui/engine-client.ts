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

/** The file bytes of an import request: moved to the worker (transferred), not copied on the UI thread. */
function importBuffers(arg: unknown): ArrayBuffer[] {
  const files = (arg as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const f of files) {
    const data = (f as { data?: unknown } | null)?.data;
    if (data instanceof ArrayBuffer) buffers.add(data);
    else if (ArrayBuffer.isView(data) && data.buffer instanceof ArrayBuffer) buffers.add(data.buffer);
  }
  return [...buffers];
}

/** Marks an argument's big buffers for transfer (the caller's copies become empty after the call). */
function withTransfers(arg: unknown): unknown {
  const buffers = importBuffers(arg);
  return buffers.length > 0 ? Comlink.transfer(arg, buffers) : arg;
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
      return remote[name]!(
        ...args.map((a) =>
          typeof a === 'function'
            ? Comlink.proxy(a)
            : name === 'importDataset'
              ? withTransfers(plainSnapshot(a))
              : plainSnapshot(a),
        ),
      );
    };
  },
});
