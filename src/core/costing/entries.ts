// Building item ledger and value entries the way BC's Item Jnl.-Post Line fills them, with
// amounts rounded to the G/L setup's precisions (half away from zero).
import type { Dataset, Item, ItemLedgerEntry, ItemLedgerEntryType, ValueEntry } from '../model';
import { defaultItemLedgerEntry, defaultValueEntry } from '../model';
import { type Decimal, formatAmount, formatPlain, roundTo } from '../money';

export interface Precisions {
  amount: string;
  unit: string;
}

export function precisionsOf(ds: Dataset): Precisions {
  return {
    amount: ds.generalLedgerSetup.amountRoundingPrecision,
    unit: ds.generalLedgerSetup.unitAmountRoundingPrecision,
  };
}

export function roundAmount(p: Precisions, d: Decimal): Decimal {
  return roundTo(d, p.amount);
}

export function amountText(p: Precisions, d: Decimal): string {
  return formatAmount(roundTo(d, p.amount), p.amount);
}

export function unitCostText(p: Precisions, cost: Decimal, quantity: Decimal): string {
  if (quantity.isZero()) return '0';
  return formatPlain(roundTo(cost.div(quantity).abs(), p.unit));
}

export interface IleFields {
  itemNo: string;
  postingDate: string;
  entryType: ItemLedgerEntryType;
  documentNo: string;
  locationCode: string;
  quantity: Decimal;
  invoiced: boolean;
  orderType?: ItemLedgerEntry['orderType'];
  orderNo?: string;
  appliesToEntry?: number | null;
}

/** A new item ledger entry: open with its whole quantity remaining (application closes it). */
export function newIleFields(f: IleFields): Omit<ItemLedgerEntry, 'entryNo'> {
  const e = defaultItemLedgerEntry({
    itemNo: f.itemNo,
    postingDate: f.postingDate,
    entryType: f.entryType,
    documentNo: f.documentNo,
    locationCode: f.locationCode,
    quantity: formatPlain(f.quantity),
    invoicedQuantity: f.invoiced ? formatPlain(f.quantity) : '0',
    remainingQuantity: formatPlain(f.quantity),
    open: !f.quantity.isZero(),
    positive: f.quantity.gt(0),
    appliesToEntry: f.appliesToEntry ?? null,
    orderType: f.orderType ?? '',
    orderNo: f.orderNo ?? '',
  });
  const { entryNo: _ignored, ...rest } = e;
  return rest;
}

export interface VeOrigin {
  genBusPostingGroup: string;
  sourceNo?: string;
  sourceType?: ValueEntry['sourceType'];
  dimensions?: ValueEntry['dimensions'];
}

/** Value entry fields taken from its item ledger entry and item; the caller sets the amounts. */
export function valueEntryFor(
  ile: ItemLedgerEntry,
  item: Item,
  origin: VeOrigin,
  over: Partial<ValueEntry>,
): Omit<ValueEntry, 'entryNo'> {
  const v = defaultValueEntry({
    itemLedgerEntryNo: ile.entryNo,
    itemNo: ile.itemNo,
    postingDate: ile.postingDate,
    valuationDate: ile.postingDate,
    itemLedgerEntryType: ile.entryType,
    documentNo: ile.documentNo,
    locationCode: ile.locationCode,
    inventoryPostingGroup: item.inventoryPostingGroup,
    genBusPostingGroup: origin.genBusPostingGroup,
    genProdPostingGroup: item.genProdPostingGroup,
    sourceType: origin.sourceType ?? '',
    sourceNo: origin.sourceNo ?? '',
    orderType: ile.orderType,
    orderNo: ile.orderNo,
    dimensions: origin.dimensions ?? {},
    ...over,
  });
  const { entryNo: _ignored, ...rest } = v;
  return rest;
}

/** The origin fields of an existing value entry (adjustments copy them from the entry they adjust). */
export function originOf(v: ValueEntry): VeOrigin {
  return {
    genBusPostingGroup: v.genBusPostingGroup,
    sourceNo: v.sourceNo,
    sourceType: v.sourceType,
    dimensions: v.dimensions,
  };
}
