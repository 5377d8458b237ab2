// Production: consumption (outbound, valued by application), capacity (value entries without an
// item ledger entry, order type Production), output (inbound at expected cost until finished), and
// finishing the order (outputs become completely invoiced; Adjust Cost then posts actual cost).
import type { ItemLedgerEntry } from '../model';
import { dec, formatPlain } from '../money';
import { problem } from '../problems';
import { defaultValueEntry } from '../model';
import type { CapacityAction, ConsumptionAction, FinishProductionOrderAction, OutputAction } from './types';
import { applyInbound, applyOutbound, itemUnitCost } from './application';
import { checkOutbound, requireItem, requireLocation, requireQuantity, type PostCtx } from './context';
import { amountText, newIleFields, roundAmount, unitCostText, valueEntryFor } from './entries';

export function postConsumption(c: PostCtx, a: ConsumptionAction): ItemLedgerEntry | null {
  const item = requireItem(c, a.itemNo);
  const source = requireItem(c, a.sourceItemNo, 'sourceItemNo');
  const loc = a.locationCode ?? '';
  const locOk = requireLocation(c, loc);
  const qty = requireQuantity(c, a.quantity);
  if (!item || !source || !locOk || !qty) return null;
  if (!checkOutbound(c, item, loc, qty, null)) return null;
  const ile = c.txn.createIle(
    newIleFields({
      itemNo: item.no,
      postingDate: a.postingDate,
      entryType: 'Consumption',
      documentNo: a.documentNo,
      locationCode: loc,
      quantity: qty.neg(),
      invoiced: true,
      orderType: 'Production',
      orderNo: a.productionOrderNo,
    }),
  );
  const val = applyOutbound(c.txn, c.p, ile, item, null);
  const q = formatPlain(qty.neg());
  c.txn.addVe(
    valueEntryFor(
      ile,
      item,
      { genBusPostingGroup: '', sourceType: 'Item', sourceNo: source.no },
      {
        valuationDate: val.latestValuationDate,
        itemLedgerEntryQuantity: q,
        invoicedQuantity: q,
        costPerUnit: unitCostText(c.p, val.cost, qty),
        costAmountActual: amountText(c.p, val.cost),
      },
    ),
  );
  return ile;
}

export function postCapacity(c: PostCtx, a: CapacityAction): void {
  const source = requireItem(c, a.sourceItemNo, 'sourceItemNo');
  if (!source) return;
  const base = {
    itemLedgerEntryNo: 0,
    itemNo: '',
    postingDate: a.postingDate,
    valuationDate: a.postingDate,
    itemLedgerEntryType: '' as const,
    documentNo: a.documentNo,
    inventoryPostingGroup: source.inventoryPostingGroup,
    genProdPostingGroup: source.genProdPostingGroup,
    sourceType: 'Item' as const,
    sourceNo: source.no,
    orderType: 'Production' as const,
    orderNo: a.productionOrderNo,
    dimensions: a.dimensions ?? {},
  };
  const { entryNo: _d, ...direct } = defaultValueEntry({
    ...base,
    entryType: 'Direct Cost',
    costAmountActual: amountText(c.p, dec(a.directCost)),
  });
  c.txn.addVe(direct);
  if (a.indirectCost !== undefined && !dec(a.indirectCost).isZero()) {
    const { entryNo: _i, ...indirect } = defaultValueEntry({
      ...base,
      entryType: 'Indirect Cost',
      costAmountActual: amountText(c.p, dec(a.indirectCost)),
    });
    c.txn.addVe(indirect);
  }
}

export function postOutput(c: PostCtx, a: OutputAction): ItemLedgerEntry | null {
  const item = requireItem(c, a.itemNo);
  const loc = a.locationCode ?? '';
  const locOk = requireLocation(c, loc);
  const qty = requireQuantity(c, a.quantity);
  if (!item || !locOk || !qty) return null;
  const ile = c.txn.createIle(
    newIleFields({
      itemNo: item.no,
      postingDate: a.postingDate,
      entryType: 'Output',
      documentNo: a.documentNo,
      locationCode: loc,
      quantity: qty,
      invoiced: false,
      orderType: 'Production',
      orderNo: a.productionOrderNo,
    }),
  );
  const expected = roundAmount(c.p, qty.mul(itemUnitCost(item)));
  c.txn.addVe(
    valueEntryFor(
      ile,
      item,
      { genBusPostingGroup: '', sourceType: 'Item', sourceNo: item.no },
      {
        itemLedgerEntryQuantity: formatPlain(qty),
        invoicedQuantity: '0',
        costPerUnit: unitCostText(c.p, expected, qty),
        costAmountExpected: amountText(c.p, expected),
        expectedCost: true,
      },
    ),
  );
  applyInbound(c.txn, ile, null, null);
  return ile;
}

export function finishProductionOrder(c: PostCtx, a: FinishProductionOrderAction): string[] {
  const items = new Set<string>();
  for (const no of c.txn.idx.ilesByProductionOrder.get(a.productionOrderNo) ?? []) {
    const e = c.txn.ile(no);
    if (!e || e.entryType !== 'Output') continue;
    const m = c.txn.mutIle(e.entryNo);
    m.invoicedQuantity = m.quantity;
    items.add(e.itemNo);
  }
  if (items.size === 0) {
    c.txn.fail(
      problem(
        'applies-to-entry-invalid',
        `Production order ${a.productionOrderNo} has no output to finish.`,
        { field: 'productionOrderNo', value: a.productionOrderNo },
        'Post output first.',
      ),
    );
  }
  return [...items];
}
