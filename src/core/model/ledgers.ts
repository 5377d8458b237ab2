// Ledger entries (dataset-format.md). Money and quantities are canonical decimal strings.
import type {
  ItemLedgerEntryType,
  OrderType,
  SourceType,
  ValueEntryItemLedgerEntryType,
  ValueEntryType,
  VarianceType,
} from './options';
import type { DecimalString, DimensionSet, IsoDate } from './setup';

export interface ItemLedgerEntry {
  entryNo: number;
  itemNo: string;
  postingDate: IsoDate;
  entryType: ItemLedgerEntryType;
  documentNo: string;
  locationCode: string;
  quantity: DecimalString;
  invoicedQuantity: DecimalString;
  remainingQuantity: DecimalString;
  open: boolean;
  positive: boolean;
  appliesToEntry: number | null;
  orderType: OrderType;
  orderNo: string;
}

export interface ItemApplicationEntry {
  entryNo: number;
  itemLedgerEntryNo: number;
  inboundItemEntryNo: number;
  outboundItemEntryNo: number;
  quantity: DecimalString;
}

export interface ValueEntry {
  entryNo: number;
  /** 0 for capacity entries. */
  itemLedgerEntryNo: number;
  itemNo: string;
  postingDate: IsoDate;
  valuationDate: IsoDate;
  itemLedgerEntryType: ValueEntryItemLedgerEntryType;
  entryType: ValueEntryType;
  documentNo: string;
  locationCode: string;
  inventoryPostingGroup: string;
  genBusPostingGroup: string;
  genProdPostingGroup: string;
  itemLedgerEntryQuantity: DecimalString;
  invoicedQuantity: DecimalString;
  costPerUnit: DecimalString;
  costAmountActual: DecimalString;
  costAmountExpected: DecimalString;
  costPostedToGL: DecimalString;
  expectedCostPostedToGL: DecimalString;
  salesAmountActual: DecimalString;
  adjustment: boolean;
  expectedCost: boolean;
  sourceType: SourceType;
  sourceNo: string;
  orderType: OrderType;
  orderNo: string;
  varianceType: VarianceType;
  itemChargeNo: string;
  externalDocumentNo: string;
  inventoriable: boolean;
  dimensions: DimensionSet;
}

export interface GLEntry {
  entryNo: number;
  glAccountNo: string;
  postingDate: IsoDate;
  documentNo: string;
  description: string;
  amount: DecimalString;
  sourceCode: string;
  closingDate: boolean;
  dateCompressed: boolean;
  dimensions: DimensionSet;
}

/** BC table 5823: links a G/L entry from cost posting to the value entries behind it. */
export interface GLItemLedgerRelation {
  glEntryNo: number;
  valueEntryNo: number;
  /** Share of the G/L entry's amount from this value entry; Costbook always writes it, BC exports lack it. */
  amount: DecimalString | null;
}
