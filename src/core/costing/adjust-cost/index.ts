// Adjust Cost – Item Entries: per item (item no. order) solve the cost every entry should carry and
// post the differences as adjustment value entries (by valuation date, then along the chain), plus
// Rounding entries on fully applied inbound entries of non-Average items.
import type { Dataset, Item, ValueEntry } from '../../model';
import { type Decimal, ZERO, dec } from '../../money';
import { amountText, originOf, roundAmount, valueEntryFor, type Precisions } from '../entries';
import type { Txn } from '../txn';
import { gatherFacts, type EntryFacts } from './entry-facts';
import { shareOf, solveTargets } from './targets';
import { productionOutputCost } from './production-cost';

interface Emission {
  valuationDate: string;
  ileNo: number;
  seq: number;
  ve: Omit<ValueEntry, 'entryNo'>;
}

export function planAdjustCost(txn: Txn, ds: Dataset, p: Precisions, itemNos?: readonly string[]): void {
  const wanted = itemNos ? new Set(itemNos) : null;
  const items = [...txn.idx.items.values()].filter(
    (i) => (wanted ? wanted.has(i.no) : true) && txn.idx.ilesByItem.has(i.no),
  );
  items.sort((a, b) => (a.no < b.no ? -1 : a.no > b.no ? 1 : 0));
  for (const item of items) adjustItem(txn, ds, p, item);
}

function adjustItem(txn: Txn, ds: Dataset, p: Precisions, item: Item): void {
  const facts = gatherFacts(txn, item.no);
  const outputCost = productionOutputCost(txn, facts, p);
  const t = solveTargets(item, facts, {
    p,
    calcType: ds.inventorySetup.averageCostCalcType,
    period: ds.inventorySetup.averageCostPeriod,
    outputCost,
  });
  const out: Emission[] = [];
  const allowFrom = ds.generalLedgerSetup.allowPostingFrom;
  const dateOf = (d: string) => (allowFrom && d < allowFrom ? allowFrom : d);
  for (const f of facts.values()) {
    const target = t.get(f.ile.entryNo);
    if (!target) continue;
    const current = f.actual.plus(f.expected);
    if (!target.eq(current)) out.push(...costAdjustments(f, target, item, p, dateOf));
  }
  if (item.costingMethod !== 'Average') {
    for (const f of facts.values()) {
      const r = roundingEntry(facts, t, f, item, p, dateOf);
      if (r) out.push(r);
    }
  }
  out.sort((a, b) =>
    a.valuationDate < b.valuationDate ? -1 : a.valuationDate > b.valuationDate ? 1 : a.ileNo - b.ileNo || a.seq - b.seq,
  );
  for (const e of out) txn.addVe(e.ve);
}

/** Splits the change into expected and actual parts by the entry's invoiced share. */
function costAdjustments(
  f: EntryFacts,
  target: Decimal,
  item: Item,
  p: Precisions,
  dateOf: (d: string) => string,
): Emission[] {
  const qty = f.qty;
  const invoiced = dec(f.ile.invoicedQuantity);
  let targetActual: Decimal;
  if (invoiced.eq(qty)) targetActual = target;
  else if (invoiced.isZero()) targetActual = ZERO;
  else targetActual = roundAmount(p, target.mul(invoiced).div(qty));
  const targetExpected = target.minus(targetActual);
  const dActual = targetActual.minus(f.actual);
  const dExpected = targetExpected.minus(f.expected);
  const result: Emission[] = [];
  const make = (adjusted: ValueEntry | null, actual: Decimal, expected: Decimal, seq: number): Emission | null => {
    if (!adjusted) return null;
    const ve = valueEntryFor(f.ile, item, originOf(adjusted), {
      postingDate: dateOf(adjusted.postingDate),
      valuationDate: adjusted.valuationDate,
      documentNo: adjusted.documentNo,
      itemLedgerEntryType: adjusted.itemLedgerEntryType,
      inventoryPostingGroup: adjusted.inventoryPostingGroup,
      genProdPostingGroup: adjusted.genProdPostingGroup,
      entryType: 'Direct Cost',
      itemLedgerEntryQuantity: '0',
      invoicedQuantity: '0',
      costAmountActual: amountText(p, actual),
      costAmountExpected: amountText(p, expected),
      expectedCost: actual.isZero() && !expected.isZero(),
      adjustment: true,
    });
    return { valuationDate: adjusted.valuationDate, ileNo: f.ile.entryNo, seq, ve };
  };
  if (!dExpected.isZero()) {
    const e = make(f.expectedVe, ZERO, dExpected, 0);
    if (e) result.push(e);
  }
  if (!dActual.isZero()) {
    const e = make(f.actualVe, dActual, ZERO, 1);
    if (e) result.push(e);
  }
  return result;
}

/** Residual of a closed, fully invoiced inbound entry after its applied shares: a Rounding entry. */
function roundingEntry(
  facts: Map<number, EntryFacts>,
  t: Map<number, Decimal>,
  f: EntryFacts,
  item: Item,
  p: Precisions,
  dateOf: (d: string) => string,
): Emission | null {
  if (!f.ile.positive || f.ile.open || f.consumedBy.length === 0) return null;
  if (!dec(f.ile.invoicedQuantity).eq(f.qty)) return null;
  const total = t.get(f.ile.entryNo) ?? f.actual.plus(f.expected);
  let shares = ZERO;
  for (const c of f.consumedBy) shares = shares.plus(shareOf(facts, t, f.ile.entryNo, facts.get(c.outbound), c.qty, p));
  const delta = shares.minus(total).minus(f.rounding);
  const last = f.lastInvoicedVe;
  if (delta.isZero() || !last) return null;
  const ve = valueEntryFor(f.ile, item, originOf(last), {
    postingDate: dateOf(last.postingDate),
    valuationDate: last.valuationDate,
    documentNo: last.documentNo,
    entryType: 'Rounding',
    itemLedgerEntryQuantity: '0',
    invoicedQuantity: '0',
    costAmountActual: amountText(p, delta),
    adjustment: true,
  });
  return { valuationDate: last.valuationDate, ileNo: f.ile.entryNo, seq: 2, ve };
}
