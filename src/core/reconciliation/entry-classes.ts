// Value entries classified once per (ILE type, entry type, variance type, order type) code: which item-side
// fields each entry's Cost Amount (Actual) and (Expected) feed (reconciliation-matrix.md §3), and which
// matrix fields its posting pairs post to (posting-rules.md §1). Lookup tables, so the hot loop has no strings.
import { OPTION_CODES, type ValueEntryColumns } from '../columns';
import type { OrderType, ValueEntryItemLedgerEntryType, ValueEntryType, VarianceType } from '../model';
import { actualRule, expectedRule, type RuleOutcome } from '../posting/posting-table';
import { F, fieldOfAccountType, ITEM_FIELD_COUNT } from './item-fields';

const N_ILE = OPTION_CODES.itemLedgerEntryType.length;
const N_ET = OPTION_CODES.entryType.length;
const N_VT = OPTION_CODES.varianceType.length;
const N_OT = OPTION_CODES.orderType.length;
export const CLASS_COUNT = N_ILE * N_ET * N_VT * N_OT;

/** Class code of a value entry from its option codes. */
export function classCode(ile: number, et: number, vt: number, ot: number): number {
  return ((ile * N_ET + et) * N_VT + vt) * N_OT + ot;
}

type Contribution = [field: number, coefActual: number, coefExpected: number];

const MFG_VARIANCE_FIELD: Partial<Record<VarianceType, number>> = {
  Material: F.MaterialVariance,
  Capacity: F.CapacityVariance,
  Subcontracted: F.SubcontractedVariance,
  'Capacity Overhead': F.CapacityOverheadVariance,
  'Manufacturing Overhead': F.MfgOverheadVariance,
};

/**
 * BC's CalcInvtPostings per entry (codeunit 5845), evaluated per entry rather than on the first entry of a
 * group, and with the assembly capacity sign of the posting rules (+A to Inventory Adjmt. for Direct and
 * Indirect Cost; domain.md §6 point 3).
 */
export function itemContributions(
  ile: ValueEntryItemLedgerEntryType,
  et: ValueEntryType,
  vt: VarianceType,
  ot: OrderType,
): Contribution[] {
  const c: Contribution[] = [];
  const dc = et === 'Direct Cost';
  const ic = et === 'Indirect Cost';
  const reval = et === 'Revaluation';
  const capacity = ile === '';
  const production = ot === 'Production';
  const assembly = ot === 'Assembly';
  const add = (f: number, a: number, e: number) => c.push([f, a, e]);

  if (!capacity) add(F.Inventory, 1, 0);
  if ((dc || reval) && (ile === 'Purchase' || ile === 'Sale' || ile === 'Output')) add(F.InventoryInterim, 0, 1);
  if (production) {
    if (ile === 'Consumption' && dc) add(F.WIP, -1, 0);
    if (ile === 'Output' && dc) add(F.WIP, -1, -1);
    if (ile === 'Output' && reval) add(F.WIP, 0, -1);
    if (capacity && (dc || ic)) add(F.WIP, 1, 0);
  }
  if (dc && (ile === 'Purchase' || (capacity && assembly))) add(F.DirectCostAppliedActual, -1, 0);
  const overheadIle = ile === 'Purchase' || ile === 'Output' || ile === 'Assembly Output';
  if (ic && (overheadIle || (capacity && assembly))) add(F.OverheadAppliedActual, -1, 0);
  if (dc && capacity && production) add(F.DirectCostAppliedWIP, -1, 0);
  if (ic && capacity && production) add(F.OverheadAppliedWIP, -1, 0);
  if (dc && (ile === 'Purchase' || capacity)) add(F.DirectCostApplied, -1, 0);
  if (ic && (overheadIle || capacity)) add(F.OverheadApplied, -1, 0);
  if (et === 'Variance' && ile === 'Purchase') add(F.PurchaseVariance, -1, 0);
  const adjmtIle =
    ile === 'Positive Adjmt.' ||
    ile === 'Negative Adjmt.' ||
    ile === 'Assembly Output' ||
    ile === 'Assembly Consumption' ||
    ile === 'Transfer';
  if (reval || et === 'Rounding' || (dc && adjmtIle)) add(F.InventoryAdjmt, -1, 0);
  else if (capacity && assembly && (dc || ic)) add(F.InventoryAdjmt, 1, 0);
  if ((dc || reval) && ile === 'Purchase') add(F.InvtAccrualInterim, 0, -1);
  if (dc && ile === 'Sale') add(F.COGS, -1, 0);
  if ((dc || reval) && ile === 'Sale') add(F.COGSInterim, 0, -1);
  const mfg = MFG_VARIANCE_FIELD[vt];
  if (et === 'Variance' && (ile === 'Output' || ile === 'Assembly Output') && mfg !== undefined) add(mfg, -1, 0);
  if (dc && (ile === 'Output' || ile === 'Consumption')) add(F.InventoryToWIP, 1, 0);
  if ((dc || reval) && ile === 'Output') add(F.WIPToInterim, 0, -1);
  return c;
}

/** Posting sides of a class: [actual account, actual balancing, expected account, expected balancing], -1 = none. */
export const SIDES_PER_CLASS = 4;

function sidesOf(outcome: RuleOutcome): [number, number] {
  if (outcome.kind !== 'pair') return [-1, -1];
  return [fieldOfAccountType(outcome.pair.account), fieldOfAccountType(outcome.pair.balancing)];
}

export interface EntryClassTables {
  /** coefActual[class * ITEM_FIELD_COUNT + field] ∈ {-1, 0, 1} */
  coefActual: Int8Array;
  coefExpected: Int8Array;
  /** sides[class * 4 + k]: matrix field of posting side k (see SIDES_PER_CLASS). */
  sides: Int8Array;
}

function buildTables(): EntryClassTables {
  const coefActual = new Int8Array(CLASS_COUNT * ITEM_FIELD_COUNT);
  const coefExpected = new Int8Array(CLASS_COUNT * ITEM_FIELD_COUNT);
  const sides = new Int8Array(CLASS_COUNT * SIDES_PER_CLASS).fill(-1);
  for (let ile = 0; ile < N_ILE; ile++)
    for (let et = 0; et < N_ET; et++)
      for (let vt = 0; vt < N_VT; vt++)
        for (let ot = 0; ot < N_OT; ot++) {
          const key = {
            itemLedgerEntryType: OPTION_CODES.itemLedgerEntryType[ile]!,
            entryType: OPTION_CODES.entryType[et]!,
            varianceType: OPTION_CODES.varianceType[vt]!,
            orderType: OPTION_CODES.orderType[ot]!,
          };
          const c = classCode(ile, et, vt, ot);
          for (const [f, a, e] of itemContributions(
            key.itemLedgerEntryType,
            key.entryType,
            key.varianceType,
            key.orderType,
          )) {
            coefActual[c * ITEM_FIELD_COUNT + f] = a;
            coefExpected[c * ITEM_FIELD_COUNT + f] = e;
          }
          const [aa, ab] = sidesOf(actualRule(key));
          const [ea, eb] = sidesOf(expectedRule(key));
          sides.set([aa, ab, ea, eb], c * SIDES_PER_CLASS);
        }
  return { coefActual, coefExpected, sides };
}

/** Built once per process: the tables depend on nothing but the rules. */
export const ENTRY_CLASSES: EntryClassTables = buildTables();

const classCache = new WeakMap<ValueEntryColumns, Uint16Array>();

/** The class code of every value entry row; cached per columns object (ledgers are immutable once built). */
export function entryClassesOf(ve: ValueEntryColumns): Uint16Array {
  const hit = classCache.get(ve);
  if (hit) return hit;
  const out = new Uint16Array(ve.length);
  const { itemLedgerEntryType, entryType, varianceType, orderType } = ve;
  // Local copies: hot loops must not read imported bindings (tsx compiles them to getters).
  const nEt = N_ET;
  const nVt = N_VT;
  const nOt = N_OT;
  for (let i = 0; i < ve.length; i++)
    out[i] = ((itemLedgerEntryType[i]! * nEt + entryType[i]!) * nVt + varianceType[i]!) * nOt + orderType[i]!;
  classCache.set(ve, out);
  return out;
}
