// Every table of a dataset as interchange sees it: fields in document order, kinds, BC captions.
// Document order is the canonical export order (dataset-format.md "Canonical export").
import {
  AUTOMATIC_COST_ADJUSTMENT,
  AVERAGE_COST_CALC_TYPES,
  AVERAGE_COST_PERIODS,
  COSTING_METHODS,
  GL_ACCOUNT_TYPES,
  INCOME_BALANCE,
  ITEM_LEDGER_ENTRY_TYPES,
  ORDER_TYPES,
  SOURCE_TYPES,
  VALUE_ENTRY_TYPES,
  VALUE_POSTING,
  VARIANCE_TYPES,
} from '../model/options';
import type { DatasetTableName } from '../model/dataset';
import type { FieldKind, FieldSpec, TableSpec } from './schema-types';

function f(name: string, kind: FieldKind, captions: string | string[], extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name, kind, captions: typeof captions === 'string' ? [captions] : captions, ...extra };
}
const req = { required: true };
const key = { required: true, allowBlank: true };

export const DATASET_META: TableSpec = {
  name: 'dataset',
  file: 'dataset',
  single: true,
  keys: [],
  fields: [
    f('name', 'text', 'Name'),
    f('description', 'text', 'Description'),
    f('currencyCode', 'code', ['Currency Code', 'LCY Code']),
    f('workDate', 'dateOrNull', 'Work Date'),
  ],
};

export const GENERAL_LEDGER_SETUP: TableSpec = {
  name: 'generalLedgerSetup',
  file: 'general-ledger-setup',
  single: true,
  keys: [],
  fields: [
    f('amountRoundingPrecision', 'precision', 'Amount Rounding Precision'),
    f('unitAmountRoundingPrecision', 'precision', 'Unit-Amount Rounding Precision'),
    f('allowPostingFrom', 'dateOrNull', 'Allow Posting From'),
    f('allowPostingTo', 'dateOrNull', 'Allow Posting To'),
  ],
};

export const INVENTORY_SETUP: TableSpec = {
  name: 'inventorySetup',
  file: 'inventory-setup',
  single: true,
  keys: [],
  fields: [
    f('automaticCostPosting', 'boolean', 'Automatic Cost Posting'),
    f('expectedCostPostingToGL', 'boolean', 'Expected Cost Posting to G/L'),
    f('automaticCostAdjustment', 'option', 'Automatic Cost Adjustment', { options: AUTOMATIC_COST_ADJUSTMENT }),
    f('averageCostCalcType', 'option', 'Average Cost Calc. Type', { options: AVERAGE_COST_CALC_TYPES }),
    f('averageCostPeriod', 'option', 'Average Cost Period', { options: AVERAGE_COST_PERIODS }),
    f('preventNegativeInventory', 'boolean', 'Prevent Negative Inventory'),
  ],
};

const GL_ACCOUNTS: TableSpec = {
  name: 'glAccounts',
  file: 'gl-accounts',
  keys: ['no'],
  fields: [
    f('no', 'code', ['No.', 'G/L Account No.'], req),
    f('name', 'text', 'Name'),
    f('incomeBalance', 'option', 'Income/Balance', { options: INCOME_BALANCE }),
    f('accountType', 'option', 'Account Type', { options: GL_ACCOUNT_TYPES }),
    f('blocked', 'boolean', 'Blocked'),
  ],
};

const LOCATIONS: TableSpec = {
  name: 'locations',
  file: 'locations',
  keys: ['code'],
  fields: [f('code', 'code', ['Code', 'Location Code'], req), f('name', 'text', 'Name')],
};

const ITEMS: TableSpec = {
  name: 'items',
  file: 'items',
  keys: ['no'],
  fields: [
    f('no', 'code', ['No.', 'Item No.'], req),
    f('description', 'text', 'Description'),
    f('costingMethod', 'option', 'Costing Method', { options: COSTING_METHODS }),
    f('unitCost', 'unitAmount', 'Unit Cost'),
    f('standardCost', 'unitAmount', 'Standard Cost'),
    f('indirectCostPercent', 'quantity', 'Indirect Cost %'),
    f('overheadRate', 'unitAmount', 'Overhead Rate'),
    f('singleLevelMaterialCost', 'unitAmount', 'Single-Level Material Cost'),
    f('singleLevelCapacityCost', 'unitAmount', 'Single-Level Capacity Cost'),
    f('singleLevelSubcontrdCost', 'unitAmount', 'Single-Level Subcontrd. Cost'),
    f('singleLevelCapOvhdCost', 'unitAmount', 'Single-Level Cap. Ovhd Cost'),
    f('singleLevelMfgOvhdCost', 'unitAmount', 'Single-Level Mfg. Ovhd Cost'),
    f('inventoryPostingGroup', 'code', 'Inventory Posting Group'),
    f('genProdPostingGroup', 'code', 'Gen. Prod. Posting Group'),
  ],
};

const INVENTORY_POSTING_SETUP: TableSpec = {
  name: 'inventoryPostingSetup',
  file: 'inventory-posting-setup',
  keys: ['locationCode', 'inventoryPostingGroup'],
  fields: [
    f('locationCode', 'code', 'Location Code', key),
    f('inventoryPostingGroup', 'code', ['Invt. Posting Group Code', 'Inventory Posting Group'], key),
    f('inventoryAccount', 'code', 'Inventory Account'),
    f('inventoryAccountInterim', 'code', 'Inventory Account (Interim)'),
    f('wipAccount', 'code', 'WIP Account'),
    f('materialVarianceAccount', 'code', 'Material Variance Account'),
    f('capacityVarianceAccount', 'code', 'Capacity Variance Account'),
    f('subcontractedVarianceAccount', 'code', 'Subcontracted Variance Account'),
    f('capOverheadVarianceAccount', 'code', 'Cap. Overhead Variance Account'),
    f('mfgOverheadVarianceAccount', 'code', 'Mfg. Overhead Variance Account'),
  ],
};

const GENERAL_POSTING_SETUP: TableSpec = {
  name: 'generalPostingSetup',
  file: 'general-posting-setup',
  keys: ['genBusPostingGroup', 'genProdPostingGroup'],
  fields: [
    f('genBusPostingGroup', 'code', 'Gen. Bus. Posting Group', key),
    f('genProdPostingGroup', 'code', 'Gen. Prod. Posting Group', key),
    f('cogsAccount', 'code', 'COGS Account'),
    f('cogsAccountInterim', 'code', 'COGS Account (Interim)'),
    f('inventoryAdjmtAccount', 'code', 'Inventory Adjmt. Account'),
    f('invtAccrualAccInterim', 'code', 'Invt. Accrual Acc. (Interim)'),
    f('directCostAppliedAccount', 'code', 'Direct Cost Applied Account'),
    f('overheadAppliedAccount', 'code', 'Overhead Applied Account'),
    f('purchaseVarianceAccount', 'code', 'Purchase Variance Account'),
    f('blocked', 'boolean', 'Blocked'),
  ],
};

/** In JSON `{ code, values: [] }`; in CSV one row per value (`code,value`), see csv-read. */
const DIMENSIONS: TableSpec = {
  name: 'dimensions',
  file: 'dimensions',
  keys: ['code'],
  fields: [f('code', 'code', ['Code', 'Dimension Code'], req), f('values', 'codeList', 'Values')],
};

const DEFAULT_DIMENSIONS: TableSpec = {
  name: 'defaultDimensions',
  file: 'default-dimensions',
  keys: ['glAccountNo', 'dimensionCode'],
  fields: [
    f('glAccountNo', 'code', ['G/L Account No.', 'No.'], req),
    f('dimensionCode', 'code', 'Dimension Code', req),
    f('valuePosting', 'option', 'Value Posting', { options: VALUE_POSTING }),
    f('dimensionValueCode', 'code', 'Dimension Value Code'),
  ],
};

const ITEM_LEDGER_ENTRIES: TableSpec = {
  name: 'itemLedgerEntries',
  file: 'item-ledger-entries',
  keys: ['entryNo'],
  fields: [
    f('entryNo', 'entryNo', 'Entry No.', req),
    f('itemNo', 'code', 'Item No.', req),
    f('postingDate', 'date', 'Posting Date', req),
    f('entryType', 'option', 'Entry Type', { ...req, options: ITEM_LEDGER_ENTRY_TYPES }),
    f('documentNo', 'code', 'Document No.'),
    f('locationCode', 'code', 'Location Code'),
    f('quantity', 'quantity', 'Quantity'),
    f('invoicedQuantity', 'quantity', 'Invoiced Quantity'),
    f('remainingQuantity', 'quantity', 'Remaining Quantity'),
    f('open', 'boolean', 'Open'),
    f('positive', 'boolean', 'Positive'),
    f('appliesToEntry', 'entryRefOrNull', 'Applies-to Entry'),
    f('orderType', 'option', 'Order Type', { options: ORDER_TYPES }),
    f('orderNo', 'code', 'Order No.'),
  ],
};

const ITEM_APPLICATION_ENTRIES: TableSpec = {
  name: 'itemApplicationEntries',
  file: 'item-application-entries',
  keys: ['entryNo'],
  fields: [
    f('entryNo', 'entryNo', 'Entry No.', req),
    f('itemLedgerEntryNo', 'entryRef', 'Item Ledger Entry No.'),
    f('inboundItemEntryNo', 'entryRef', 'Inbound Item Entry No.'),
    f('outboundItemEntryNo', 'entryRef', 'Outbound Item Entry No.'),
    f('quantity', 'quantity', 'Quantity'),
  ],
};

/** "" is valid only on capacity value entries (item ledger entry no. 0); checked in rules.ts. */
const VALUE_ENTRY_ILE_TYPES = ['', ...ITEM_LEDGER_ENTRY_TYPES] as const;

const VALUE_ENTRIES: TableSpec = {
  name: 'valueEntries',
  file: 'value-entries',
  keys: ['entryNo'],
  fields: [
    f('entryNo', 'entryNo', 'Entry No.', req),
    f('itemLedgerEntryNo', 'entryRef', 'Item Ledger Entry No.'),
    f('itemNo', 'code', 'Item No.', req),
    f('postingDate', 'date', 'Posting Date', req),
    f('valuationDate', 'date', 'Valuation Date'),
    f('itemLedgerEntryType', 'option', 'Item Ledger Entry Type', { ...key, options: VALUE_ENTRY_ILE_TYPES }),
    f('entryType', 'option', 'Entry Type', { ...req, options: VALUE_ENTRY_TYPES }),
    f('documentNo', 'code', 'Document No.'),
    f('locationCode', 'code', 'Location Code'),
    f('inventoryPostingGroup', 'code', 'Inventory Posting Group'),
    f('genBusPostingGroup', 'code', 'Gen. Bus. Posting Group'),
    f('genProdPostingGroup', 'code', 'Gen. Prod. Posting Group'),
    f('itemLedgerEntryQuantity', 'quantity', 'Item Ledger Entry Quantity'),
    f('invoicedQuantity', 'quantity', 'Invoiced Quantity'),
    f('costPerUnit', 'unitAmount', 'Cost per Unit'),
    f('costAmountActual', 'amount', 'Cost Amount (Actual)'),
    f('costAmountExpected', 'amount', 'Cost Amount (Expected)'),
    f('costPostedToGL', 'amount', 'Cost Posted to G/L'),
    f('expectedCostPostedToGL', 'amount', 'Expected Cost Posted to G/L'),
    f('salesAmountActual', 'amount', 'Sales Amount (Actual)'),
    f('adjustment', 'boolean', 'Adjustment'),
    f('expectedCost', 'boolean', 'Expected Cost'),
    f('sourceType', 'option', 'Source Type', { options: SOURCE_TYPES }),
    f('sourceNo', 'code', 'Source No.'),
    f('orderType', 'option', 'Order Type', { options: ORDER_TYPES }),
    f('orderNo', 'code', 'Order No.'),
    f('varianceType', 'option', 'Variance Type', { options: VARIANCE_TYPES }),
    f('itemChargeNo', 'code', 'Item Charge No.'),
    f('externalDocumentNo', 'code', 'External Document No.', { maxLength: 35 }),
    f('inventoriable', 'boolean', 'Inventoriable'),
    f('dimensions', 'dimensions', 'Dimensions'),
  ],
};

const GL_ENTRIES: TableSpec = {
  name: 'glEntries',
  file: 'gl-entries',
  keys: ['entryNo'],
  fields: [
    f('entryNo', 'entryNo', 'Entry No.', req),
    f('glAccountNo', 'code', 'G/L Account No.', req),
    f('postingDate', 'date', 'Posting Date', req),
    f('documentNo', 'code', 'Document No.'),
    f('description', 'text', 'Description'),
    f('amount', 'amount', 'Amount', req),
    f('sourceCode', 'code', 'Source Code'),
    f('closingDate', 'boolean', 'Closing Date'),
    f('dateCompressed', 'boolean', 'Date Compressed'),
    f('dimensions', 'dimensions', 'Dimensions'),
  ],
};

const GL_ITEM_LEDGER_RELATIONS: TableSpec = {
  name: 'glItemLedgerRelations',
  file: 'gl-item-ledger-relations',
  keys: ['glEntryNo', 'valueEntryNo'],
  fields: [
    f('glEntryNo', 'entryNo', 'G/L Entry No.', req),
    f('valueEntryNo', 'entryNo', 'Value Entry No.', req),
    f('amount', 'amountOrNull', 'Amount'),
  ],
};

export const TABLE_SPECS: Record<DatasetTableName, TableSpec> = {
  glAccounts: GL_ACCOUNTS,
  locations: LOCATIONS,
  items: ITEMS,
  inventoryPostingSetup: INVENTORY_POSTING_SETUP,
  generalPostingSetup: GENERAL_POSTING_SETUP,
  dimensions: DIMENSIONS,
  defaultDimensions: DEFAULT_DIMENSIONS,
  itemLedgerEntries: ITEM_LEDGER_ENTRIES,
  itemApplicationEntries: ITEM_APPLICATION_ENTRIES,
  valueEntries: VALUE_ENTRIES,
  glEntries: GL_ENTRIES,
  glItemLedgerRelations: GL_ITEM_LEDGER_RELATIONS,
};

/** Every spec, single-record ones first (the CSV reader needs the precisions before amounts). */
export const ALL_SPECS: readonly TableSpec[] = [
  DATASET_META,
  GENERAL_LEDGER_SETUP,
  INVENTORY_SETUP,
  ...Object.values(TABLE_SPECS),
];

/** Whether the table's records are numbered by `entryNo` (ledgers) rather than keyed by codes. */
export function hasEntryNo(spec: TableSpec): boolean {
  return spec.keys.length === 1 && spec.keys[0] === 'entryNo';
}

const fieldSets = new WeakMap<TableSpec, ReadonlySet<string>>();

/** The spec's field names as a set (cached: unknown-field checks run once per record). */
export function fieldNames(spec: TableSpec): ReadonlySet<string> {
  let set = fieldSets.get(spec);
  if (!set) {
    set = new Set(spec.fields.map((f) => f.name));
    fieldSets.set(spec, set);
  }
  return set;
}
