// Hash router as rune state: follows `location.hash`, exposes the current route.
import { matchRoute, type Route } from './routes';

class Router {
  hash = $state(location.hash);
  /** The current route; `null` for an unknown address (the page shows "not found"). */
  readonly current: Route | null = $derived(matchRoute(this.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.hash = location.hash;
    });
  }
}

export const router = new Router();
