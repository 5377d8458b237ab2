// Service worker registration and the "update available" prompt state (vite-plugin-pwa, prompt mode).
import { registerSW } from 'virtual:pwa-register';

class UpdatePrompt {
  /** A new version is installed and waiting; the user decides when to reload. */
  needRefresh = $state(false);
  /** Everything is precached: the app now starts with no network. */
  offlineReady = $state(false);
  #updateServiceWorker: ((reload?: boolean) => Promise<void>) | null = null;

  register(): void {
    if (!('serviceWorker' in navigator)) return;
    this.#updateServiceWorker = registerSW({
      onNeedRefresh: () => (this.needRefresh = true),
      onOfflineReady: () => (this.offlineReady = true),
      onRegisteredSW: (_url, registration) => {
        if (registration?.active) this.offlineReady = true;
      },
    });
  }

  /** Activates the waiting version and reloads into it. */
  async reload(): Promise<void> {
    await this.#updateServiceWorker?.(true);
  }

  dismiss(): void {
    this.needRefresh = false;
  }
}

export const updatePrompt = new UpdatePrompt();
