// Setup indexed once per run for fast lookups (codes upper-cased), plus the run's amount scale and
// allowed posting dates. Every posting function builds one of these from the dataset.
import type { Dataset, DefaultDimension, GeneralPostingSetup, GLAccount, InventoryPostingSetup } from '../model';
import { scaleOf } from '../money';

export interface PostingContext {
  ds: Dataset;
  /** Decimals of the amount rounding precision: amounts run as integer minor units at this scale. */
  scale: number;
  expectedCostPosting: boolean;
  allowFrom: string | null;
  allowTo: string | null;
  inventoryPostingSetup: Map<string, InventoryPostingSetup>;
  generalPostingSetup: Map<string, GeneralPostingSetup>;
  glAccounts: Map<string, GLAccount>;
  /** Default dimensions by upper-cased G/L account no.; key '' holds those for all accounts. */
  defaultDimensions: Map<string, DefaultDimension[]>;
  itemPostingGroups: Map<string, string>;
}

/** Key of a two-code setup row ("BLUE", "RESALE" → "BLUE\u0001RESALE"), upper-cased. */
export function setupKey(a: string, b: string): string {
  return `${a.toUpperCase()}\u0001${b.toUpperCase()}`;
}

export function buildPostingContext(ds: Dataset): PostingContext {
  const inventoryPostingSetup = new Map<string, InventoryPostingSetup>();
  for (const r of ds.inventoryPostingSetup)
    inventoryPostingSetup.set(setupKey(r.locationCode, r.inventoryPostingGroup), r);
  const generalPostingSetup = new Map<string, GeneralPostingSetup>();
  for (const r of ds.generalPostingSetup)
    generalPostingSetup.set(setupKey(r.genBusPostingGroup, r.genProdPostingGroup), r);
  const glAccounts = new Map<string, GLAccount>();
  for (const a of ds.glAccounts) glAccounts.set(a.no.toUpperCase(), a);
  const defaultDimensions = new Map<string, DefaultDimension[]>();
  for (const d of ds.defaultDimensions) {
    if (d.valuePosting === '') continue;
    const k = d.glAccountNo.toUpperCase();
    const list = defaultDimensions.get(k);
    if (list) list.push(d);
    else defaultDimensions.set(k, [d]);
  }
  const itemPostingGroups = new Map<string, string>();
  for (const i of ds.items) itemPostingGroups.set(i.no.toUpperCase(), i.inventoryPostingGroup);
  return {
    ds,
    scale: scaleOf(ds.generalLedgerSetup.amountRoundingPrecision),
    expectedCostPosting: ds.inventorySetup.expectedCostPostingToGL,
    allowFrom: ds.generalLedgerSetup.allowPostingFrom === '' ? null : ds.generalLedgerSetup.allowPostingFrom,
    allowTo: ds.generalLedgerSetup.allowPostingTo === '' ? null : ds.generalLedgerSetup.allowPostingTo,
    inventoryPostingSetup,
    generalPostingSetup,
    glAccounts,
    defaultDimensions,
    itemPostingGroups,
  };
}

/** ISO dates compare as strings; null bounds are open. */
export function postingDateAllowed(ctx: PostingContext, date: string): boolean {
  return (ctx.allowFrom === null || date >= ctx.allowFrom) && (ctx.allowTo === null || date <= ctx.allowTo);
}
