// Actual cost of finished production output (domain.md §5): material consumed, capacity and capacity
// overhead spread over the order's outputs by quantity, plus manufacturing overhead from the item;
// Standard output adds one Variance per type so it ends at quantity × single-level cost. An order is
// finished when its output entries are completely invoiced (finishProductionOrder marks them so).
import type { Item, ValueEntryType, VarianceType } from '../../model';
import { type Decimal, ZERO, dec } from '../../money';
import { roundAmount, type Precisions } from '../entries';
import type { Txn } from '../txn';
import type { EntryFacts } from './entry-facts';

/** Actual cost of one output entry by type. */
export interface OutputActuals {
  material: Decimal;
  capacity: Decimal;
  subcontracted: Decimal;
  capOverhead: Decimal;
}

export interface CostComponent {
  entryType: ValueEntryType;
  varianceType: VarianceType;
  actual: Decimal;
}

/** The value entries' actual cost an output entry should carry, by (entry type, variance type). */
export interface OutputPlan {
  components: CostComponent[];
  total: Decimal;
}

const ACTUAL_TYPES = ['material', 'capacity', 'subcontracted', 'capOverhead'] as const;

/** Plans for the item's output entries of finished orders, by item ledger entry no. */
export function productionOutputPlans(
  txn: Txn,
  item: Item,
  facts: Map<number, EntryFacts>,
  p: Precisions,
): Map<number, OutputPlan> {
  const orders = new Map<string, Map<number, OutputActuals> | null>();
  const plans = new Map<number, OutputPlan>();
  for (const f of facts.values()) {
    if (f.ile.entryType !== 'Output' || f.ile.orderType !== 'Production' || f.ile.orderNo === '') continue;
    const orderNo = f.ile.orderNo;
    if (!orders.has(orderNo)) orders.set(orderNo, orderActuals(txn, orderNo, p));
    const actuals = orders.get(orderNo)?.get(f.ile.entryNo);
    if (actuals) plans.set(f.ile.entryNo, outputPlan(item, f.qty, actuals, p));
  }
  return plans;
}

/** Direct Cost, Indirect Cost (manufacturing overhead) and, for Standard items, the variances. */
export function outputPlan(item: Item, qty: Decimal, a: OutputActuals, p: Precisions): OutputPlan {
  const direct = a.material.plus(a.capacity).plus(a.subcontracted).plus(a.capOverhead);
  const mfgOverhead = roundAmount(
    p,
    direct
      .mul(dec(item.indirectCostPercent))
      .div(100)
      .plus(qty.mul(dec(item.overheadRate))),
  );
  const components: CostComponent[] = [
    { entryType: 'Direct Cost', varianceType: '', actual: direct },
    { entryType: 'Indirect Cost', varianceType: '', actual: mfgOverhead },
  ];
  if (item.costingMethod === 'Standard') {
    const variance = (varianceType: VarianceType, singleLevel: string, actual: Decimal): void => {
      const amount = roundAmount(p, qty.mul(dec(singleLevel))).minus(actual);
      components.push({ entryType: 'Variance', varianceType, actual: amount });
    };
    variance('Material', item.singleLevelMaterialCost, a.material);
    variance('Capacity', item.singleLevelCapacityCost, a.capacity);
    variance('Subcontracted', item.singleLevelSubcontrdCost, a.subcontracted);
    variance('Capacity Overhead', item.singleLevelCapOvhdCost, a.capOverhead);
    variance('Manufacturing Overhead', item.singleLevelMfgOvhdCost, mfgOverhead);
  }
  return { components, total: components.reduce((s, c) => s.plus(c.actual), ZERO) };
}

/** The order's actual cost by type, split over its outputs by quantity (the last takes the rest); null until finished. */
function orderActuals(txn: Txn, orderNo: string, p: Precisions): Map<number, OutputActuals> | null {
  const outputs: { no: number; qty: Decimal }[] = [];
  const total: OutputActuals = { material: ZERO, capacity: ZERO, subcontracted: ZERO, capOverhead: ZERO };
  for (const no of txn.idx.ilesByProductionOrder.get(orderNo) ?? []) {
    const e = txn.ile(no);
    if (!e) continue;
    if (e.entryType === 'Output') {
      if (!dec(e.invoicedQuantity).eq(dec(e.quantity))) return null;
      outputs.push({ no, qty: dec(e.quantity) });
    } else if (e.entryType === 'Consumption') total.material = total.material.minus(txn.totalCostOf(no));
  }
  for (const v of txn.idx.capacityByOrder.get(orderNo) ?? []) {
    const a = dec(v.costAmountActual);
    if (v.entryType === 'Indirect Cost') total.capOverhead = total.capOverhead.plus(a);
    else total.capacity = total.capacity.plus(a);
  }
  const totalQty = outputs.reduce((s, o) => s.plus(o.qty), ZERO);
  if (outputs.length === 0 || totalQty.isZero()) return null;
  const result = new Map<number, OutputActuals>();
  const left = { ...total };
  outputs.forEach((o, i) => {
    const share = {} as OutputActuals;
    for (const k of ACTUAL_TYPES) {
      share[k] = i === outputs.length - 1 ? left[k] : roundAmount(p, total[k].mul(o.qty).div(totalQty));
      left[k] = left[k].minus(share[k]);
    }
    result.set(o.no, share);
  });
  return result;
}
