// Item transactions the costing engine posts (scenario-format.md "Actions"), as plain data.
// Quantities and amounts are decimal strings; `of`/`appliesToEntry` are item ledger entry nos.
import type { DimensionSet, IsoDate } from '../model';

interface Common {
  postingDate: IsoDate;
  documentNo: string;
  /** Customer or vendor no. for the value entries' Source No. */
  sourceNo?: string;
  dimensions?: DimensionSet;
}

export interface PurchaseAction extends Common {
  action: 'purchase' | 'purchaseReturn';
  itemNo: string;
  locationCode?: string;
  genBusPostingGroup?: string;
  /** Positive; for a return the quantity shipped back. */
  quantity: string;
  directUnitCost: string;
  indirectCostPercent?: string;
  overheadRate?: string;
  receive: boolean;
  invoice: boolean;
  appliesToEntry?: number | null;
}

export interface PurchaseInvoiceAction extends Common {
  action: 'purchaseInvoice';
  /** The received purchase's item ledger entry no. */
  of: number;
  quantity: string;
  directUnitCost: string;
  indirectCostPercent?: string;
  overheadRate?: string;
}

export interface ItemChargeAction extends Common {
  action: 'itemCharge';
  appliesToEntry: number;
  amount: string;
  genBusPostingGroup?: string;
  itemChargeNo?: string;
}

export interface SaleAction extends Common {
  action: 'sale' | 'salesReturn';
  itemNo: string;
  locationCode?: string;
  genBusPostingGroup?: string;
  quantity: string;
  unitPrice?: string;
  ship: boolean;
  invoice: boolean;
  appliesToEntry?: number | null;
  /** Sales return: the sale it reverses (exact cost reversal). */
  appliesFromEntry?: number | null;
}

export interface SaleInvoiceAction extends Common {
  action: 'saleInvoice';
  of: number;
  quantity: string;
  unitPrice?: string;
}

export interface AdjustmentAction extends Common {
  action: 'positiveAdjmt' | 'negativeAdjmt';
  itemNo: string;
  locationCode?: string;
  quantity: string;
  unitCost?: string;
  appliesToEntry?: number | null;
}

export interface TransferAction extends Common {
  action: 'transfer';
  itemNo: string;
  fromLocation: string;
  toLocation: string;
  quantity: string;
}

export interface RevaluationAction extends Common {
  action: 'revaluation';
  itemNo: string;
  appliesToEntry?: number | null;
  newUnitCost: string;
}

export interface ConsumptionAction extends Common {
  action: 'consumption';
  productionOrderNo: string;
  sourceItemNo: string;
  itemNo: string;
  locationCode?: string;
  quantity: string;
}

export interface CapacityAction extends Common {
  action: 'capacity';
  productionOrderNo: string;
  sourceItemNo: string;
  directCost: string;
  indirectCost?: string;
}

export interface OutputAction extends Common {
  action: 'output';
  productionOrderNo: string;
  itemNo: string;
  locationCode?: string;
  quantity: string;
}

export interface FinishProductionOrderAction {
  action: 'finishProductionOrder';
  postingDate: IsoDate;
  productionOrderNo: string;
}

export type ItemTransactionAction =
  | PurchaseAction
  | PurchaseInvoiceAction
  | ItemChargeAction
  | SaleAction
  | SaleInvoiceAction
  | AdjustmentAction
  | TransferAction
  | RevaluationAction
  | ConsumptionAction
  | CapacityAction
  | OutputAction
  | FinishProductionOrderAction;

export interface TransactionContext {
  /** Work date for Automatic Cost Adjustment (a scenario's workDate overrides the dataset's). */
  workDate?: string | null;
}
