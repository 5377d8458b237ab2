// What Adjust Cost reads about each item ledger entry of an item, gathered once per run.
import type { ItemLedgerEntry, ValueEntry } from '../../model';
import { type Decimal, ZERO, dec } from '../../money';
import { isConsumptionLink, isCostSourceLink } from '../ledger-index';
import type { Txn } from '../txn';

export interface Revaluation {
  entryNo: number;
  postingDate: string;
  valuationDate: string;
  cost: Decimal;
  quantity: Decimal;
}

export interface EntryFacts {
  ile: ItemLedgerEntry;
  qty: Decimal;
  valuationDate: string;
  /** First value entry no. (orders entries against revaluations). */
  firstVeNo: number;
  /** Σ actual / expected over value entries except Rounding. */
  actual: Decimal;
  expected: Decimal;
  rounding: Decimal;
  /** Σ cost except Revaluation and Rounding (the entry's own cost before revaluation). */
  base: Decimal;
  revaluations: Revaluation[];
  /** Consumption links on this outbound entry: inbound entry no. and quantity (positive). */
  appliedTo: { inbound: number; qty: Decimal }[];
  /** Outbound entry this inbound entry's cost comes from (transfer, applied-from return). */
  costSource: number | null;
  /** Consumption links that use up this inbound entry. */
  consumedBy: { outbound: number; qty: Decimal }[];
  /** The value entry an actual-cost adjustment adjusts (last invoice), and an expected one (first). */
  actualVe: ValueEntry | null;
  expectedVe: ValueEntry | null;
  lastInvoicedVe: ValueEntry | null;
}

export function gatherFacts(txn: Txn, itemNo: string): Map<number, EntryFacts> {
  const facts = new Map<number, EntryFacts>();
  for (const no of txn.idx.ilesByItem.get(itemNo) ?? []) {
    const ile = txn.ile(no);
    if (!ile) continue;
    const ves = txn.valueEntriesOf(no);
    let actual = ZERO;
    let expected = ZERO;
    let rounding = ZERO;
    let base = ZERO;
    const revaluations: Revaluation[] = [];
    let actualVe: ValueEntry | null = null;
    let expectedVe: ValueEntry | null = null;
    let lastInvoicedVe: ValueEntry | null = null;
    for (const v of ves) {
      const a = dec(v.costAmountActual);
      const x = dec(v.costAmountExpected);
      if (v.entryType === 'Rounding') {
        rounding = rounding.plus(a);
        continue;
      }
      actual = actual.plus(a);
      expected = expected.plus(x);
      if (v.entryType === 'Revaluation') {
        revaluations.push({
          entryNo: v.entryNo,
          postingDate: v.postingDate,
          valuationDate: v.valuationDate,
          cost: a.plus(x),
          quantity: dec(v.invoicedQuantity),
        });
      } else base = base.plus(a).plus(x);
      if (!v.adjustment && v.entryType === 'Direct Cost') {
        if (expectedVe === null) expectedVe = v;
        if (!dec(v.invoicedQuantity).isZero()) {
          actualVe = v;
          lastInvoicedVe = v;
        }
      }
    }
    const first = ves[0];
    const appliedTo: EntryFacts['appliedTo'] = [];
    let costSource: number | null = null;
    for (const a of txn.idx.appsByIle.get(no) ?? []) {
      if (isConsumptionLink(a) && a.outboundItemEntryNo === no)
        appliedTo.push({ inbound: a.inboundItemEntryNo, qty: dec(a.quantity).abs() });
      else if (isCostSourceLink(a)) costSource = a.outboundItemEntryNo;
    }
    const consumedBy = (txn.idx.appsByInbound.get(no) ?? []).map((a) => ({
      outbound: a.outboundItemEntryNo,
      qty: dec(a.quantity).abs(),
    }));
    facts.set(no, {
      ile,
      qty: dec(ile.quantity),
      valuationDate: first?.valuationDate ?? ile.postingDate,
      firstVeNo: first?.entryNo ?? 0,
      actual,
      expected,
      rounding,
      base,
      revaluations,
      appliedTo,
      costSource,
      consumedBy,
      actualVe: actualVe ?? first ?? null,
      expectedVe: expectedVe ?? first ?? null,
      lastInvoicedVe: lastInvoicedVe ?? first ?? null,
    });
  }
  return facts;
}
