// Which component renders each route.
import type { Component } from 'svelte';
import type { RouteId } from '../routing/routes';
import DatasetsPage from './DatasetsPage.svelte';
import LedgersPage from './LedgersPage.svelte';
import PostInventoryCostPage from './PostInventoryCostPage.svelte';
import ReconciliationPage from './ReconciliationPage.svelte';
import SetupPage from './SetupPage.svelte';

export const pages: Record<RouteId, Component> = {
  datasets: DatasetsPage,
  setup: SetupPage,
  ledgers: LedgersPage,
  'post-inventory-cost': PostInventoryCostPage,
  reconciliation: ReconciliationPage,
};
