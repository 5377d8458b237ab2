// The setup tables' columns in BC's order (dataset-format.md fields), their key fields, and which
// hold a Yes/No or a list, so the Setup page can show empty tables and a new-record row.
import type { SetupTableName } from '../../../worker/engine-api';

export interface SetupColumns {
  keys: readonly string[];
  fields: readonly string[];
  booleans?: readonly string[];
  /** Fields holding a list of codes, edited as "A, B, C". */
  lists?: readonly string[];
}

export const setupColumns: Record<SetupTableName, SetupColumns> = {
  glAccounts: {
    keys: ['no'],
    fields: ['no', 'name', 'incomeBalance', 'accountType', 'blocked'],
    booleans: ['blocked'],
  },
  items: {
    keys: ['no'],
    fields: [
      'no',
      'description',
      'costingMethod',
      'unitCost',
      'standardCost',
      'indirectCostPercent',
      'overheadRate',
      'singleLevelMaterialCost',
      'singleLevelCapacityCost',
      'singleLevelSubcontrdCost',
      'singleLevelCapOvhdCost',
      'singleLevelMfgOvhdCost',
      'inventoryPostingGroup',
      'genProdPostingGroup',
    ],
  },
  locations: { keys: ['code'], fields: ['code', 'name'] },
  inventoryPostingSetup: {
    keys: ['locationCode', 'inventoryPostingGroup'],
    fields: [
      'locationCode',
      'inventoryPostingGroup',
      'inventoryAccount',
      'inventoryAccountInterim',
      'wipAccount',
      'materialVarianceAccount',
      'capacityVarianceAccount',
      'subcontractedVarianceAccount',
      'capOverheadVarianceAccount',
      'mfgOverheadVarianceAccount',
    ],
  },
  generalPostingSetup: {
    keys: ['genBusPostingGroup', 'genProdPostingGroup'],
    fields: [
      'genBusPostingGroup',
      'genProdPostingGroup',
      'cogsAccount',
      'cogsAccountInterim',
      'inventoryAdjmtAccount',
      'invtAccrualAccInterim',
      'directCostAppliedAccount',
      'overheadAppliedAccount',
      'purchaseVarianceAccount',
      'blocked',
    ],
    booleans: ['blocked'],
  },
  dimensions: { keys: ['code'], fields: ['code', 'values'], lists: ['values'] },
  defaultDimensions: {
    keys: ['glAccountNo', 'dimensionCode'],
    fields: ['glAccountNo', 'dimensionCode', 'valuePosting', 'dimensionValueCode'],
  },
};
