// Drives a second copy of the app's engine worker from the page, speaking Comlink's wire protocol
// (APPLY with RAW arguments) by hand: storage tests need the engine before the UI has pages for it.
import { expect, type Page } from '@playwright/test';
import { AppPage } from './app-page';

type EngineResult = { ok: true; value: unknown } | { ok: false; problems: { code: string }[] };

export class EngineDriver {
  constructor(readonly page: Page) {}

  /** Opens the app (which starts its engine worker) and starts a driver worker from the same script. */
  async start(): Promise<void> {
    await new AppPage(this.page).open();
    await expect.poll(() => this.page.workers().length).toBeGreaterThan(0);
    const url = this.page.workers()[0]!.url();
    await this.page.evaluate((workerUrl) => {
      const w = new Worker(workerUrl, { type: 'module' });
      let next = 0;
      (window as unknown as { engineCall: unknown }).engineCall = (name: string, args: unknown[]) =>
        new Promise((resolve) => {
          const id = `driver-${next++}`;
          const onMessage = (e: MessageEvent<{ id: string; value: unknown }>) => {
            if (e.data.id !== id) return;
            w.removeEventListener('message', onMessage);
            resolve(e.data.value);
          };
          w.addEventListener('message', onMessage);
          w.postMessage({
            id,
            type: 'APPLY',
            path: [name],
            argumentList: args.map((value) => ({ type: 'RAW', value })),
          });
        });
    }, url);
  }

  call(name: string, ...args: unknown[]): Promise<EngineResult> {
    return this.page.evaluate(
      ([n, a]) =>
        (window as unknown as { engineCall: (n: string, a: unknown[]) => Promise<EngineResult> }).engineCall(n, a),
      [name, args] as const,
    );
  }

  async value<T>(name: string, ...args: unknown[]): Promise<T> {
    const r = await this.call(name, ...args);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.problems)}`);
    return r.value as T;
  }
}
