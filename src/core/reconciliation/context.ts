// Everything one reconciliation run derives before it sums: compiled filters, today's account mapping,
// the attributed relations, and per value entry whether it is inside the item/location and date filters.
import type { LedgerColumns } from '../columns';
import { scaleOf } from '../money';
import type { Problem } from '../problems';
import { compileFilters, type CompiledFilters } from './compiled-filters';
import { attributeRelations, type RelationAttribution } from './relation-attribution';
import { compileSetupAccounts, type SetupAccounts } from './setup-accounts';
import type { ReconciliationFilters, ReconciliationSetup } from './types';

/** Bits of ReconciliationContext.veFlags (IN_DATE = 2 is written literally in the flag loop). */
export const IN_ITEM_LOCATION = 1;
export const IN_DATE = 2;
export const IN_FILTERS = IN_ITEM_LOCATION | IN_DATE;

export interface ReconciliationContext {
  cols: LedgerColumns;
  setup: ReconciliationSetup;
  filters: CompiledFilters;
  accounts: SetupAccounts;
  relations: RelationAttribution;
  /** Per value entry row: IN_ITEM_LOCATION | IN_DATE bits. */
  veFlags: Uint8Array;
  expectedCostPosting: boolean;
}

export function buildContext(
  cols: LedgerColumns,
  setup: ReconciliationSetup,
  filters: ReconciliationFilters,
): { ok: true; value: ReconciliationContext } | { ok: false; problems: Problem[] } {
  const compiled = compileFilters(cols, filters);
  if (!compiled.ok) return compiled;
  const f = compiled.value;
  if (scaleOf(setup.generalLedgerSetup.amountRoundingPrecision) !== cols.scale)
    throw new Error('ledger columns were built at another amount precision than the setup');
  const accounts = compileSetupAccounts(cols, setup);
  return {
    ok: true,
    value: {
      cols,
      setup,
      filters: f,
      accounts,
      relations: cachedAttribution(cols, setup, accounts),
      veFlags: valueEntryFlags(cols, f),
      expectedCostPosting: setup.inventorySetup.expectedCostPostingToGL,
    },
  };
}

/** Per value entry row: IN_ITEM_LOCATION | IN_DATE. Without filters (the first Show Matrix) every row is in. */
function valueEntryFlags(cols: LedgerColumns, f: CompiledFilters): Uint8Array {
  const ve = cols.valueEntries;
  const veFlags = new Uint8Array(ve.length);
  const { itemMask, locationMask, from, to } = f;
  if (from === -Infinity && to === Infinity && itemMask.every((m) => m === 1) && locationMask.every((m) => m === 1))
    return veFlags.fill(IN_FILTERS);
  const { postingDate, itemNo, locationCode } = ve;
  for (let i = 0; i < ve.length; i++) {
    const o = postingDate[i]! * 2;
    veFlags[i] = (itemMask[itemNo[i]!]! & locationMask[locationCode[i]!]!) | (o >= from && o <= to ? 2 : 0);
  }
  return veFlags;
}

const attributions = new WeakMap<LedgerColumns, { key: string; value: RelationAttribution }>();

/**
 * Relation attribution depends on the ledgers and the account setup only, not on the filters: reuse it for
 * the same (immutable) columns while the setup's accounts, posting setups and items are unchanged.
 */
function cachedAttribution(
  cols: LedgerColumns,
  setup: ReconciliationSetup,
  accounts: SetupAccounts,
): RelationAttribution {
  const key = JSON.stringify([
    setup.glAccounts.map((a) => a.no),
    setup.inventoryPostingSetup,
    setup.generalPostingSetup,
    setup.items.map((i) => [i.no, i.inventoryPostingGroup]),
  ]);
  const hit = attributions.get(cols);
  if (hit?.key === key) return hit.value;
  const value = attributeRelations(cols, accounts);
  attributions.set(cols, { key, value });
  return value;
}

/** Whether G/L entry row g is inside the date filter (a closing entry sits at C(date)). */
export function glInDate(ctx: ReconciliationContext, g: number): boolean {
  const gl = ctx.cols.glEntries;
  const o = gl.postingDate[g]! * 2 + gl.closingDate[g]!;
  return o >= ctx.filters.from && o <= ctx.filters.to;
}
