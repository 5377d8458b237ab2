// The posting-rules table (posting-rules.md §1, codeunit 5802 BufferInvtPosting): which account pair a
// value entry's actual or expected part posts to. Data, not code paths.
import type { OrderType, ValueEntryItemLedgerEntryType, ValueEntryType, VarianceType } from '../model';
import type { InventoryAccountType } from './account-types';

export interface AccountPair {
  /** Gets +x. */
  account: InventoryAccountType;
  /** Gets −x. */
  balancing: InventoryAccountType;
}

/** A pair, "ignored" (BC silently drops that part), or a problem code. */
export type RuleOutcome =
  | { kind: 'pair'; pair: AccountPair }
  | { kind: 'ignored' }
  | { kind: 'not-allowed'; code: 'posting-combination-not-allowed' | 'variance-type-not-allowed' };

const pair = (account: InventoryAccountType, balancing: InventoryAccountType): RuleOutcome => ({
  kind: 'pair',
  pair: { account, balancing },
});
const IGNORED: RuleOutcome = { kind: 'ignored' };
const NOT_ALLOWED: RuleOutcome = { kind: 'not-allowed', code: 'posting-combination-not-allowed' };
const VARIANCE_TYPE: RuleOutcome = { kind: 'not-allowed', code: 'variance-type-not-allowed' };

const MFG_VARIANCE_ACCOUNT: Partial<Record<VarianceType, InventoryAccountType>> = {
  Material: 'Material Variance',
  Capacity: 'Capacity Variance',
  Subcontracted: 'Subcontracted Variance',
  'Capacity Overhead': 'Cap. Overhead Variance',
  'Manufacturing Overhead': 'Mfg. Overhead Variance',
};

export interface RuleKey {
  itemLedgerEntryType: ValueEntryItemLedgerEntryType;
  entryType: ValueEntryType;
  varianceType: VarianceType;
  orderType: OrderType;
}

function mfgVariance(varianceType: VarianceType): RuleOutcome {
  const acc = MFG_VARIANCE_ACCOUNT[varianceType];
  return acc ? pair('Inventory', acc) : NOT_ALLOWED;
}

/** The rule for the actual part of a value entry. */
export function actualRule(k: RuleKey): RuleOutcome {
  const et = k.entryType;
  const revalOrRounding = et === 'Revaluation' || et === 'Rounding';
  switch (k.itemLedgerEntryType) {
    case 'Purchase':
      if (et === 'Direct Cost') return pair('Inventory', 'Direct Cost Applied');
      if (et === 'Indirect Cost') return pair('Inventory', 'Overhead Applied');
      if (et === 'Variance')
        return k.varianceType === 'Purchase' ? pair('Inventory', 'Purchase Variance') : VARIANCE_TYPE;
      return pair('Inventory', 'Inventory Adjmt.');
    case 'Sale':
      if (et === 'Direct Cost') return pair('Inventory', 'COGS');
      if (revalOrRounding) return pair('Inventory', 'Inventory Adjmt.');
      return NOT_ALLOWED;
    case 'Positive Adjmt.':
    case 'Negative Adjmt.':
    case 'Transfer':
    case 'Assembly Consumption':
      if (et === 'Direct Cost' || revalOrRounding) return pair('Inventory', 'Inventory Adjmt.');
      return NOT_ALLOWED;
    case 'Consumption':
      if (et === 'Direct Cost') return pair('Inventory', 'WIP Inventory');
      if (revalOrRounding) return pair('Inventory', 'Inventory Adjmt.');
      return NOT_ALLOWED;
    case 'Output':
      if (et === 'Direct Cost') return pair('Inventory', 'WIP Inventory');
      if (et === 'Indirect Cost') return pair('Inventory', 'Overhead Applied');
      if (et === 'Variance') return mfgVariance(k.varianceType);
      return pair('Inventory', 'Inventory Adjmt.');
    case 'Assembly Output':
      if (et === 'Direct Cost' || revalOrRounding) return pair('Inventory', 'Inventory Adjmt.');
      if (et === 'Indirect Cost') return pair('Inventory', 'Overhead Applied');
      return mfgVariance(k.varianceType);
    case '': {
      const assembly = k.orderType === 'Assembly';
      if (et === 'Direct Cost') return pair(assembly ? 'Inventory Adjmt.' : 'WIP Inventory', 'Direct Cost Applied');
      if (et === 'Indirect Cost') return pair(assembly ? 'Inventory Adjmt.' : 'WIP Inventory', 'Overhead Applied');
      return NOT_ALLOWED;
    }
  }
}

/**
 * The rule for the expected (interim) part. Only Direct Cost and Revaluation carry expected cost;
 * for the other entry types the caller reports expected-cost-on-wrong-entry-type first.
 */
export function expectedRule(k: RuleKey): RuleOutcome {
  const et = k.entryType;
  if (et !== 'Direct Cost' && et !== 'Revaluation') return IGNORED;
  switch (k.itemLedgerEntryType) {
    case 'Purchase':
      return pair('Inventory (Interim)', 'Invt. Accrual (Interim)');
    case 'Sale':
      return pair('Inventory (Interim)', 'COGS (Interim)');
    case 'Output':
      return pair('Inventory (Interim)', 'WIP Inventory');
    case 'Positive Adjmt.':
    case 'Negative Adjmt.':
    case 'Transfer':
      // Service shipments; BC drops the expected part of their revaluations.
      return et === 'Direct Cost' ? pair('Inventory (Interim)', 'COGS (Interim)') : IGNORED;
    default:
      return IGNORED;
  }
}
