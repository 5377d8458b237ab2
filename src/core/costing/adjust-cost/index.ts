// Adjust Cost – Item Entries: per item (item no. order) solve the cost every entry should carry and
// post the differences as adjustment value entries (by valuation date, then along the chain), plus
// Rounding entries on fully applied inbound entries of non-Average items.
import type { Dataset, Item, ValueEntry } from '../../model';
import { type Decimal, ZERO, dec } from '../../money';
import { amountText, originOf, roundAmount, valueEntryFor, type Precisions } from '../entries';
import type { Txn } from '../txn';
import { gatherFacts, type EntryFacts } from './entry-facts';
import { shareOf, solveTargets } from './targets';
import { productionOutputPlans, type OutputPlan } from './production-cost';

interface Emission {
  valuationDate: string;
  ileNo: number;
  seq: number;
  ve: Omit<ValueEntry, 'entryNo'>;
}

/** Rounds over the items whose consumed components changed cost (multi-level production). */
const MAX_ROUNDS = 10;

export function planAdjustCost(txn: Txn, ds: Dataset, p: Precisions, itemNos?: readonly string[]): void {
  const wanted = itemNos ? new Set(itemNos) : null;
  let items = [...txn.idx.items.values()].filter(
    (i) => (wanted ? wanted.has(i.no) : true) && txn.idx.ilesByItem.has(i.no),
  );
  for (let round = 0; round < MAX_ROUNDS && items.length > 0; round++) {
    items.sort((a, b) => (a.no < b.no ? -1 : a.no > b.no ? 1 : 0));
    const from = txn.ves.length;
    for (const item of items) adjustItem(txn, ds, p, item);
    items = outputItemsOfAdjustedConsumption(txn, from);
  }
}

/** Items produced by orders whose consumption got adjustment entries since `from`: their output cost changed. */
function outputItemsOfAdjustedConsumption(txn: Txn, from: number): Item[] {
  const orders = new Set<string>();
  for (let i = from; i < txn.ves.length; i++) {
    const v = txn.ves[i]!;
    if (v.itemLedgerEntryType === 'Consumption' && v.orderNo !== '') orders.add(v.orderNo);
  }
  const items = new Map<string, Item>();
  for (const orderNo of orders) {
    for (const no of txn.idx.ilesByProductionOrder.get(orderNo) ?? []) {
      const e = txn.ile(no);
      const item = e && e.entryType === 'Output' ? txn.item(e.itemNo) : undefined;
      if (item) items.set(item.no, item);
    }
  }
  return [...items.values()];
}

function adjustItem(txn: Txn, ds: Dataset, p: Precisions, item: Item): void {
  const facts = gatherFacts(txn, item.no);
  const plans = productionOutputPlans(txn, item, facts, p);
  const t = solveTargets(item, facts, {
    p,
    calcType: ds.inventorySetup.averageCostCalcType,
    period: ds.inventorySetup.averageCostPeriod,
    outputCost: (no) => {
      const plan = plans.get(no);
      const f = facts.get(no);
      return plan && f ? plan.total.plus(f.revaluations.reduce((s, r) => s.plus(r.cost), ZERO)) : null;
    },
  });
  const out: Emission[] = [];
  const allowFrom = ds.generalLedgerSetup.allowPostingFrom;
  const dateOf = (d: string) => (allowFrom && d < allowFrom ? allowFrom : d);
  for (const f of facts.values()) {
    const plan = plans.get(f.ile.entryNo);
    if (plan) {
      out.push(...outputEntries(txn, f, plan, item, p, dateOf));
      continue;
    }
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

/**
 * Finished output: the expected cost reversed on a Direct Cost entry, and per (entry type, variance
 * type) the difference between the planned actual cost and what the entry's value entries carry.
 */
function outputEntries(
  txn: Txn,
  f: EntryFacts,
  plan: OutputPlan,
  item: Item,
  p: Precisions,
  dateOf: (d: string) => string,
): Emission[] {
  const template = f.expectedVe;
  if (!template) return [];
  const current = new Map<string, Decimal>();
  for (const v of txn.valueEntriesOf(f.ile.entryNo)) {
    if (v.entryType === 'Revaluation' || v.entryType === 'Rounding') continue;
    const k = `${v.entryType}|${v.varianceType}`;
    current.set(k, (current.get(k) ?? ZERO).plus(dec(v.costAmountActual)));
  }
  const result: Emission[] = [];
  plan.components.forEach((c, seq) => {
    const delta = c.actual.minus(current.get(`${c.entryType}|${c.varianceType}`) ?? ZERO);
    const expected = c.entryType === 'Direct Cost' ? f.expected.neg() : ZERO;
    if (delta.isZero() && expected.isZero()) return;
    const ve = valueEntryFor(f.ile, item, originOf(template), {
      postingDate: dateOf(template.postingDate),
      valuationDate: template.valuationDate,
      documentNo: template.documentNo,
      entryType: c.entryType,
      varianceType: c.varianceType,
      itemLedgerEntryQuantity: '0',
      invoicedQuantity: '0',
      costAmountActual: amountText(p, delta),
      costAmountExpected: amountText(p, expected),
      adjustment: true,
    });
    result.push({ valuationDate: template.valuationDate, ileNo: f.ile.entryNo, seq, ve });
  });
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
