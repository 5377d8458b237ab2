// The app's pages: id, hash path and navigation caption, in sidebar order.
import type { MessageKey } from '../i18n/en';

export type RouteId = 'datasets' | 'setup' | 'ledgers' | 'post-inventory-cost' | 'reconciliation';

export interface Route {
  readonly id: RouteId;
  readonly path: `/${string}`;
  readonly captionKey: MessageKey;
}

/** The start page. */
export const defaultRoute: Route = { id: 'datasets', path: '/datasets', captionKey: 'nav.datasets' };

export const routes: readonly Route[] = [
  defaultRoute,
  { id: 'setup', path: '/setup', captionKey: 'nav.setup' },
  { id: 'ledgers', path: '/ledgers', captionKey: 'nav.ledgers' },
  { id: 'post-inventory-cost', path: '/post-inventory-cost', captionKey: 'nav.postInventoryCost' },
  { id: 'reconciliation', path: '/reconciliation', captionKey: 'nav.reconciliation' },
];

/** The href of a route; hash URLs work from any static host and from the offline cache. */
export function hrefOf(route: Route): string {
  return `#${route.path}`;
}

/** The route for a location hash such as `#/setup?item=1000`, `null` when none matches. */
export function matchRoute(hash: string): Route | null {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  if (path === '' || path === '/') return defaultRoute;
  return routes.find((route) => route.path === path) ?? null;
}
