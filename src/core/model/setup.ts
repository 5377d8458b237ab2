// Setup records (dataset-format.md). Amount-like fields are canonical decimal strings, dates ISO.
import type {
  AutomaticCostAdjustment,
  AverageCostCalcType,
  AverageCostPeriod,
  CostingMethod,
  GLAccountType,
  IncomeBalance,
  ValuePosting,
} from './options';

/** ISO calendar date, "2026-01-31". */
export type IsoDate = string;
/** Canonical decimal string, "-1234.50". Never a float. */
export type DecimalString = string;
/** Dimension code → dimension value code, codes upper case. */
export type DimensionSet = Record<string, string>;

export interface GeneralLedgerSetup {
  amountRoundingPrecision: DecimalString;
  unitAmountRoundingPrecision: DecimalString;
  allowPostingFrom: IsoDate | null;
  allowPostingTo: IsoDate | null;
}

export interface InventorySetup {
  automaticCostPosting: boolean;
  expectedCostPostingToGL: boolean;
  automaticCostAdjustment: AutomaticCostAdjustment;
  averageCostCalcType: AverageCostCalcType;
  averageCostPeriod: AverageCostPeriod;
  preventNegativeInventory: boolean;
}

export interface GLAccount {
  no: string;
  name: string;
  incomeBalance: IncomeBalance;
  accountType: GLAccountType;
  blocked: boolean;
}

export interface Location {
  code: string;
  name: string;
}

export interface Item {
  no: string;
  description: string;
  costingMethod: CostingMethod;
  unitCost: DecimalString;
  standardCost: DecimalString;
  indirectCostPercent: DecimalString;
  overheadRate: DecimalString;
  singleLevelMaterialCost: DecimalString;
  singleLevelCapacityCost: DecimalString;
  singleLevelSubcontrdCost: DecimalString;
  singleLevelCapOvhdCost: DecimalString;
  singleLevelMfgOvhdCost: DecimalString;
  inventoryPostingGroup: string;
  genProdPostingGroup: string;
}

export interface InventoryPostingSetup {
  locationCode: string;
  inventoryPostingGroup: string;
  inventoryAccount: string;
  inventoryAccountInterim: string;
  wipAccount: string;
  materialVarianceAccount: string;
  capacityVarianceAccount: string;
  subcontractedVarianceAccount: string;
  capOverheadVarianceAccount: string;
  mfgOverheadVarianceAccount: string;
}

export interface GeneralPostingSetup {
  genBusPostingGroup: string;
  genProdPostingGroup: string;
  cogsAccount: string;
  cogsAccountInterim: string;
  inventoryAdjmtAccount: string;
  invtAccrualAccInterim: string;
  directCostAppliedAccount: string;
  overheadAppliedAccount: string;
  purchaseVarianceAccount: string;
  blocked: boolean;
}

export interface Dimension {
  code: string;
  values: string[];
}

export interface DefaultDimension {
  glAccountNo: string;
  dimensionCode: string;
  valuePosting: ValuePosting;
  dimensionValueCode: string;
}
