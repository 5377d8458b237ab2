// Option values exactly as Business Central's English captions (dataset-format.md "Option values").

export const COSTING_METHODS = ['FIFO', 'LIFO', 'Specific', 'Average', 'Standard'] as const;
export type CostingMethod = (typeof COSTING_METHODS)[number];

export const ITEM_LEDGER_ENTRY_TYPES = [
  'Purchase',
  'Sale',
  'Positive Adjmt.',
  'Negative Adjmt.',
  'Transfer',
  'Consumption',
  'Output',
  'Assembly Consumption',
  'Assembly Output',
] as const;
export type ItemLedgerEntryType = (typeof ITEM_LEDGER_ENTRY_TYPES)[number];
/** Value entries of capacity (item ledger entry no. 0) carry a blank type. */
export type ValueEntryItemLedgerEntryType = ItemLedgerEntryType | '';

export const VALUE_ENTRY_TYPES = ['Direct Cost', 'Indirect Cost', 'Variance', 'Revaluation', 'Rounding'] as const;
export type ValueEntryType = (typeof VALUE_ENTRY_TYPES)[number];

export const VARIANCE_TYPES = [
  '',
  'Purchase',
  'Material',
  'Capacity',
  'Capacity Overhead',
  'Manufacturing Overhead',
  'Subcontracted',
] as const;
export type VarianceType = (typeof VARIANCE_TYPES)[number];

export const SOURCE_TYPES = ['', 'Customer', 'Vendor', 'Item'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const ORDER_TYPES = ['', 'Production', 'Transfer', 'Service', 'Assembly'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const INCOME_BALANCE = ['Income Statement', 'Balance Sheet'] as const;
export type IncomeBalance = (typeof INCOME_BALANCE)[number];

export const GL_ACCOUNT_TYPES = ['Posting', 'Heading', 'Total', 'Begin-Total', 'End-Total'] as const;
export type GLAccountType = (typeof GL_ACCOUNT_TYPES)[number];

export const AUTOMATIC_COST_ADJUSTMENT = ['Never', 'Day', 'Week', 'Month', 'Quarter', 'Year', 'Always'] as const;
export type AutomaticCostAdjustment = (typeof AUTOMATIC_COST_ADJUSTMENT)[number];

export const AVERAGE_COST_PERIODS = ['Day', 'Week', 'Month', 'Quarter', 'Year'] as const;
export type AverageCostPeriod = (typeof AVERAGE_COST_PERIODS)[number];

export const AVERAGE_COST_CALC_TYPES = ['Item', 'Item & Location & Variant'] as const;
export type AverageCostCalcType = (typeof AVERAGE_COST_CALC_TYPES)[number];

export const VALUE_POSTING = ['', 'Code Mandatory', 'Same Code', 'No Code'] as const;
export type ValuePosting = (typeof VALUE_POSTING)[number];

export const POSTING_METHODS = ['Per Posting Group', 'Per Entry'] as const;
export type PostingMethod = (typeof POSTING_METHODS)[number];
