// Actual cost of a finished production order's output: material consumed + capacity (direct and
// indirect), spread over the order's output entries by quantity. An order is finished when its
// output entries are completely invoiced (finishProductionOrder marks them so).
import { type Decimal, ZERO, dec } from '../../money';
import { roundAmount, type Precisions } from '../entries';
import type { Txn } from '../txn';
import type { EntryFacts } from './entry-facts';

export function productionOutputCost(
  txn: Txn,
  facts: Map<number, EntryFacts>,
  p: Precisions,
): (no: number) => Decimal | null {
  const cache = new Map<string, Map<number, Decimal> | null>();
  return (no) => {
    const f = facts.get(no);
    if (!f || f.ile.entryType !== 'Output' || f.ile.orderNo === '') return null;
    const orderNo = f.ile.orderNo;
    if (!cache.has(orderNo)) cache.set(orderNo, orderCosts(txn, orderNo, p));
    return cache.get(orderNo)?.get(no) ?? null;
  };
}

function orderCosts(txn: Txn, orderNo: string, p: Precisions): Map<number, Decimal> | null {
  const outputs: { no: number; qty: Decimal }[] = [];
  let total = ZERO;
  for (const e of txn.idx.ile.values()) {
    if (e.orderType !== 'Production' || e.orderNo !== orderNo) continue;
    const cur = txn.ile(e.entryNo) ?? e;
    if (cur.entryType === 'Output') {
      if (!dec(cur.invoicedQuantity).eq(dec(cur.quantity))) return null;
      outputs.push({ no: cur.entryNo, qty: dec(cur.quantity) });
    } else if (cur.entryType === 'Consumption') total = total.minus(txn.totalCostOf(cur.entryNo));
  }
  for (const v of txn.idx.capacityByOrder.get(orderNo) ?? []) total = total.plus(dec(v.costAmountActual));
  const totalQty = outputs.reduce((s, o) => s.plus(o.qty), ZERO);
  if (outputs.length === 0 || totalQty.isZero()) return null;
  const result = new Map<number, Decimal>();
  let left = total;
  outputs.forEach((o, i) => {
    const share = i === outputs.length - 1 ? left : roundAmount(p, total.mul(o.qty).div(totalQty));
    result.set(o.no, share);
    left = left.minus(share);
  });
  return result;
}
