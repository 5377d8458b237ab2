// The cost each item ledger entry of one item should carry: outbound entries the cost of what they
// are applied to (or the period average for Average items), inbound transfers and applied-from
// returns the cost of their source. Solved by repeated sweeps until nothing changes, which also
// settles back-dated and negative-inventory chains.
import type { AverageCostCalcType, AverageCostPeriod, Item } from '../../model';
import { Decimal, ZERO } from '../../money';
import type { Precisions } from '../entries';
import { roundAmount } from '../entries';
import { periodEnd } from '../valuation';
import type { EntryFacts } from './entry-facts';

export interface TargetOptions {
  p: Precisions;
  calcType: AverageCostCalcType;
  period: AverageCostPeriod;
  /** Extra cost per produced entry (production order), computed by the caller. */
  outputCost?: (no: number, targets: Map<number, Decimal>) => Decimal | null;
}

const MAX_SWEEPS = 30;

export function solveTargets(item: Item, facts: Map<number, EntryFacts>, o: TargetOptions): Map<number, Decimal> {
  const t = new Map<number, Decimal>();
  for (const [no, f] of facts) t.set(no, f.actual.plus(f.expected));
  const order = [...facts.values()].sort(
    (a, b) => cmp(a.valuationDate, b.valuationDate) || a.ile.entryNo - b.ile.entryNo,
  );
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const before = new Map(t);
    if (item.costingMethod === 'Average') averageSweep(facts, order, t, o);
    else applicationSweep(facts, order, t, o);
    let changed = false;
    for (const [no, v] of t) if (!before.get(no)?.eq(v)) changed = true;
    if (!changed) break;
  }
  return t;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Share of an inbound entry's cost for `qty` units consumed by `outbound` (revaluations it is affected by). */
export function shareOf(
  facts: Map<number, EntryFacts>,
  t: Map<number, Decimal>,
  inboundNo: number,
  outbound: EntryFacts | undefined,
  qty: Decimal,
  p: Precisions,
): Decimal {
  const inb = facts.get(inboundNo);
  if (!inb || inb.qty.isZero()) return ZERO;
  const total = t.get(inboundNo) ?? ZERO;
  if (inb.revaluations.length === 0 || !outbound) return roundAmount(p, total.mul(qty).div(inb.qty));
  let revalued = ZERO;
  for (const r of inb.revaluations) revalued = revalued.plus(r.cost);
  let unit = total.minus(revalued).div(inb.qty);
  for (const r of inb.revaluations) {
    // BC: a decrease is affected when posted after the revaluation, or dated later than it.
    const affected = outbound.firstVeNo > r.entryNo || outbound.ile.postingDate > r.postingDate;
    if (affected && !r.quantity.isZero()) unit = unit.plus(r.cost.div(r.quantity));
  }
  return roundAmount(p, unit.mul(qty));
}

function revaluationSum(f: EntryFacts): Decimal {
  let s = ZERO;
  for (const r of f.revaluations) s = s.plus(r.cost);
  return s;
}

/** Outbound cost from its applications; the unapplied part keeps its provisional unit cost. */
function appliedCost(facts: Map<number, EntryFacts>, t: Map<number, Decimal>, f: EntryFacts, p: Precisions): Decimal {
  const qty = f.qty.abs();
  let cost = ZERO;
  let applied = ZERO;
  for (const a of f.appliedTo) {
    cost = cost.plus(shareOf(facts, t, a.inbound, f, a.qty, p));
    applied = applied.plus(a.qty);
  }
  const unapplied = qty.minus(applied);
  if (unapplied.gt(0)) cost = cost.plus(roundAmount(p, f.actual.plus(f.expected).neg().mul(unapplied).div(qty)));
  return cost.neg().plus(revaluationSum(f));
}

function derivedCost(facts: Map<number, EntryFacts>, t: Map<number, Decimal>, f: EntryFacts, p: Precisions): Decimal {
  const src = facts.get(f.costSource ?? 0);
  if (!src || src.qty.isZero()) return t.get(f.ile.entryNo) ?? ZERO;
  const srcCost = (t.get(src.ile.entryNo) ?? ZERO).minus(revaluationSum(src));
  return roundAmount(p, srcCost.neg().mul(f.qty).div(src.qty.abs())).plus(revaluationSum(f));
}

function applicationSweep(
  facts: Map<number, EntryFacts>,
  order: EntryFacts[],
  t: Map<number, Decimal>,
  o: TargetOptions,
): void {
  for (const f of order) {
    const no = f.ile.entryNo;
    if (!f.ile.positive) t.set(no, appliedCost(facts, t, f, o.p));
    else if (f.costSource !== null) t.set(no, derivedCost(facts, t, f, o.p));
    else {
      const out = o.outputCost?.(no, t);
      if (out) t.set(no, out);
    }
  }
}

interface Pool {
  value: Decimal;
  qty: Decimal;
  pending: { f: EntryFacts; qty: Decimal; cost: Decimal }[];
}

interface AvgEvent {
  period: string;
  kind: 0 | 1;
  date: string;
  seq: number;
  f: EntryFacts;
  reval?: Decimal;
}

/** Average: per period, (value at period start + inbound of the period) spread over the decreases, residual carried entry to entry. */
function averageSweep(
  facts: Map<number, EntryFacts>,
  order: EntryFacts[],
  t: Map<number, Decimal>,
  o: TargetOptions,
): void {
  const events: AvgEvent[] = [];
  for (const f of order) {
    const period = periodEnd(f.valuationDate, o.period);
    events.push({ period, kind: f.ile.positive ? 0 : 1, date: f.valuationDate, seq: f.ile.entryNo * 2, f });
    for (const r of f.revaluations)
      events.push({
        period: periodEnd(r.valuationDate, o.period),
        kind: 0,
        date: r.valuationDate,
        seq: r.entryNo * 2 + 1,
        f,
        reval: r.cost,
      });
  }
  events.sort((a, b) => cmp(a.period, b.period) || a.kind - b.kind || cmp(a.date, b.date) || a.seq - b.seq);
  const pools = new Map<string, Pool>();
  const pool = (f: EntryFacts): Pool => {
    const key = o.calcType === 'Item' ? '' : f.ile.locationCode;
    let pl = pools.get(key);
    if (!pl) {
      pl = { value: ZERO, qty: ZERO, pending: [] };
      pools.set(key, pl);
    }
    return pl;
  };
  const transferInItemPool = (f: EntryFacts) => o.calcType === 'Item' && f.ile.entryType === 'Transfer';
  for (const e of events) {
    const f = e.f;
    const no = f.ile.entryNo;
    const pl = pool(f);
    if (e.reval !== undefined) {
      if (!transferInItemPool(f)) pl.value = pl.value.plus(e.reval);
      continue;
    }
    if (f.ile.positive) {
      let poolValue = f.base;
      const own = f.costSource === null ? o.outputCost?.(no, t) : null;
      if (f.costSource !== null || own) {
        const value = own ?? derivedCost(facts, t, f, o.p);
        t.set(no, value);
        poolValue = value.minus(revaluationSum(f));
      }
      if (transferInItemPool(f)) continue;
      addInbound(pl, poolValue, f.qty, t, o.p);
      continue;
    }
    const qty = f.qty.abs();
    if (f.ile.appliesToEntry !== null) {
      // Fixed application: exact cost of the applied entry, taken out of the pool.
      const cost = appliedCost(facts, t, f, o.p);
      t.set(no, cost);
      pl.value = pl.value.plus(cost.minus(revaluationSum(f)));
      pl.qty = pl.qty.minus(qty);
      continue;
    }
    if (transferInItemPool(f)) {
      const cost = pl.qty.gt(0) ? roundAmount(o.p, pl.value.mul(qty).div(pl.qty)) : f.actual.plus(f.expected).neg();
      t.set(no, cost.neg().plus(revaluationSum(f)));
      continue;
    }
    if (pl.qty.gte(qty)) {
      const cost = pl.qty.isZero() ? ZERO : roundAmount(o.p, pl.value.mul(qty).div(pl.qty));
      pl.value = pl.value.minus(cost);
      pl.qty = pl.qty.minus(qty);
      t.set(no, cost.neg().plus(revaluationSum(f)));
    } else {
      const fromStock = pl.qty.gt(0) ? pl.value : ZERO;
      const short = pl.qty.gt(0) ? qty.minus(pl.qty) : qty;
      if (pl.qty.gt(0)) {
        pl.value = ZERO;
        pl.qty = ZERO;
      }
      pl.pending.push({ f, qty: short, cost: fromStock });
    }
  }
  for (const pl of pools.values()) {
    for (const pend of pl.pending) {
      // Never covered by a later inbound entry: the short part keeps its provisional unit cost.
      const f = pend.f;
      const unit = f.actual.plus(f.expected).neg().div(f.qty.abs());
      t.set(
        f.ile.entryNo,
        pend.cost
          .plus(roundAmount(o.p, unit.mul(pend.qty)))
          .neg()
          .plus(revaluationSum(f)),
      );
    }
  }
}

/** An inbound quantity first covers decreases that went negative (oldest first), the rest joins the pool. */
function addInbound(pl: Pool, value: Decimal, qty: Decimal, t: Map<number, Decimal>, p: Precisions): void {
  let v = value;
  let q = qty;
  while (pl.pending.length > 0 && q.gt(0)) {
    const pend = pl.pending[0]!;
    const k = Decimal.min(pend.qty, q);
    const piece = roundAmount(p, v.mul(k).div(q));
    pend.cost = pend.cost.plus(piece);
    pend.qty = pend.qty.minus(k);
    v = v.minus(piece);
    q = q.minus(k);
    if (pend.qty.isZero()) {
      t.set(pend.f.ile.entryNo, pend.cost.neg().plus(revaluationSum(pend.f)));
      pl.pending.shift();
    }
  }
  pl.value = pl.value.plus(v);
  pl.qty = pl.qty.plus(q);
}
