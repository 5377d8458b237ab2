// BC's defaults for fields a dataset may leave out (dataset-format.md): empty codes, zero amounts,
// false, accountType "Posting", inventoriable true. No validation here: that is interchange's job.
import type { Dataset } from './dataset';
import type { GLEntry, GLItemLedgerRelation, ItemApplicationEntry, ItemLedgerEntry, ValueEntry } from './ledgers';
import type {
  DefaultDimension,
  Dimension,
  GeneralLedgerSetup,
  GeneralPostingSetup,
  GLAccount,
  InventoryPostingSetup,
  InventorySetup,
  Item,
  Location,
} from './setup';

type Loose<T> = { [K in keyof T]?: T[K] | undefined };

export function defaultGeneralLedgerSetup(r: Loose<GeneralLedgerSetup> = {}): GeneralLedgerSetup {
  return {
    amountRoundingPrecision: r.amountRoundingPrecision ?? '0.01',
    unitAmountRoundingPrecision: r.unitAmountRoundingPrecision ?? '0.00001',
    allowPostingFrom: r.allowPostingFrom ?? null,
    allowPostingTo: r.allowPostingTo ?? null,
  };
}

export function defaultInventorySetup(r: Loose<InventorySetup> = {}): InventorySetup {
  return {
    automaticCostPosting: r.automaticCostPosting ?? false,
    expectedCostPostingToGL: r.expectedCostPostingToGL ?? false,
    automaticCostAdjustment: r.automaticCostAdjustment ?? 'Never',
    averageCostCalcType: r.averageCostCalcType ?? 'Item',
    averageCostPeriod: r.averageCostPeriod ?? 'Day',
    preventNegativeInventory: r.preventNegativeInventory ?? false,
  };
}

export function defaultGLAccount(r: Loose<GLAccount>): GLAccount {
  return {
    no: r.no ?? '',
    name: r.name ?? '',
    incomeBalance: r.incomeBalance ?? 'Income Statement',
    accountType: r.accountType ?? 'Posting',
    blocked: r.blocked ?? false,
  };
}

export function defaultLocation(r: Loose<Location>): Location {
  return { code: r.code ?? '', name: r.name ?? '' };
}

export function defaultItem(r: Loose<Item>): Item {
  return {
    no: r.no ?? '',
    description: r.description ?? '',
    costingMethod: r.costingMethod ?? 'FIFO',
    unitCost: r.unitCost ?? '0',
    standardCost: r.standardCost ?? '0',
    indirectCostPercent: r.indirectCostPercent ?? '0',
    overheadRate: r.overheadRate ?? '0',
    singleLevelMaterialCost: r.singleLevelMaterialCost ?? '0',
    singleLevelCapacityCost: r.singleLevelCapacityCost ?? '0',
    singleLevelSubcontrdCost: r.singleLevelSubcontrdCost ?? '0',
    singleLevelCapOvhdCost: r.singleLevelCapOvhdCost ?? '0',
    singleLevelMfgOvhdCost: r.singleLevelMfgOvhdCost ?? '0',
    inventoryPostingGroup: r.inventoryPostingGroup ?? '',
    genProdPostingGroup: r.genProdPostingGroup ?? '',
  };
}

export function defaultInventoryPostingSetup(r: Loose<InventoryPostingSetup>): InventoryPostingSetup {
  return {
    locationCode: r.locationCode ?? '',
    inventoryPostingGroup: r.inventoryPostingGroup ?? '',
    inventoryAccount: r.inventoryAccount ?? '',
    inventoryAccountInterim: r.inventoryAccountInterim ?? '',
    wipAccount: r.wipAccount ?? '',
    materialVarianceAccount: r.materialVarianceAccount ?? '',
    capacityVarianceAccount: r.capacityVarianceAccount ?? '',
    subcontractedVarianceAccount: r.subcontractedVarianceAccount ?? '',
    capOverheadVarianceAccount: r.capOverheadVarianceAccount ?? '',
    mfgOverheadVarianceAccount: r.mfgOverheadVarianceAccount ?? '',
  };
}

export function defaultGeneralPostingSetup(r: Loose<GeneralPostingSetup>): GeneralPostingSetup {
  return {
    genBusPostingGroup: r.genBusPostingGroup ?? '',
    genProdPostingGroup: r.genProdPostingGroup ?? '',
    cogsAccount: r.cogsAccount ?? '',
    cogsAccountInterim: r.cogsAccountInterim ?? '',
    inventoryAdjmtAccount: r.inventoryAdjmtAccount ?? '',
    invtAccrualAccInterim: r.invtAccrualAccInterim ?? '',
    directCostAppliedAccount: r.directCostAppliedAccount ?? '',
    overheadAppliedAccount: r.overheadAppliedAccount ?? '',
    purchaseVarianceAccount: r.purchaseVarianceAccount ?? '',
    blocked: r.blocked ?? false,
  };
}

export function defaultDimension(r: Loose<Dimension>): Dimension {
  return { code: r.code ?? '', values: r.values ?? [] };
}

export function defaultDefaultDimension(r: Loose<DefaultDimension>): DefaultDimension {
  return {
    glAccountNo: r.glAccountNo ?? '',
    dimensionCode: r.dimensionCode ?? '',
    valuePosting: r.valuePosting ?? '',
    dimensionValueCode: r.dimensionValueCode ?? '',
  };
}

export function defaultItemLedgerEntry(r: Loose<ItemLedgerEntry>): ItemLedgerEntry {
  return {
    entryNo: r.entryNo ?? 0,
    itemNo: r.itemNo ?? '',
    postingDate: r.postingDate ?? '',
    entryType: r.entryType ?? 'Purchase',
    documentNo: r.documentNo ?? '',
    locationCode: r.locationCode ?? '',
    quantity: r.quantity ?? '0',
    invoicedQuantity: r.invoicedQuantity ?? '0',
    remainingQuantity: r.remainingQuantity ?? '0',
    open: r.open ?? false,
    positive: r.positive ?? false,
    appliesToEntry: r.appliesToEntry ?? null,
    orderType: r.orderType ?? '',
    orderNo: r.orderNo ?? '',
  };
}

export function defaultItemApplicationEntry(r: Loose<ItemApplicationEntry>): ItemApplicationEntry {
  return {
    entryNo: r.entryNo ?? 0,
    itemLedgerEntryNo: r.itemLedgerEntryNo ?? 0,
    inboundItemEntryNo: r.inboundItemEntryNo ?? 0,
    outboundItemEntryNo: r.outboundItemEntryNo ?? 0,
    quantity: r.quantity ?? '0',
  };
}

export function defaultValueEntry(r: Loose<ValueEntry>): ValueEntry {
  return {
    entryNo: r.entryNo ?? 0,
    itemLedgerEntryNo: r.itemLedgerEntryNo ?? 0,
    itemNo: r.itemNo ?? '',
    postingDate: r.postingDate ?? '',
    valuationDate: r.valuationDate ?? r.postingDate ?? '',
    itemLedgerEntryType: r.itemLedgerEntryType ?? '',
    entryType: r.entryType ?? 'Direct Cost',
    documentNo: r.documentNo ?? '',
    locationCode: r.locationCode ?? '',
    inventoryPostingGroup: r.inventoryPostingGroup ?? '',
    genBusPostingGroup: r.genBusPostingGroup ?? '',
    genProdPostingGroup: r.genProdPostingGroup ?? '',
    itemLedgerEntryQuantity: r.itemLedgerEntryQuantity ?? '0',
    invoicedQuantity: r.invoicedQuantity ?? '0',
    costPerUnit: r.costPerUnit ?? '0',
    costAmountActual: r.costAmountActual ?? '0',
    costAmountExpected: r.costAmountExpected ?? '0',
    costPostedToGL: r.costPostedToGL ?? '0',
    expectedCostPostedToGL: r.expectedCostPostedToGL ?? '0',
    salesAmountActual: r.salesAmountActual ?? '0',
    adjustment: r.adjustment ?? false,
    expectedCost: r.expectedCost ?? false,
    sourceType: r.sourceType ?? '',
    sourceNo: r.sourceNo ?? '',
    orderType: r.orderType ?? '',
    orderNo: r.orderNo ?? '',
    varianceType: r.varianceType ?? '',
    itemChargeNo: r.itemChargeNo ?? '',
    externalDocumentNo: r.externalDocumentNo ?? '',
    inventoriable: r.inventoriable ?? true,
    dimensions: r.dimensions ?? {},
  };
}

export function defaultGLEntry(r: Loose<GLEntry>): GLEntry {
  return {
    entryNo: r.entryNo ?? 0,
    glAccountNo: r.glAccountNo ?? '',
    postingDate: r.postingDate ?? '',
    documentNo: r.documentNo ?? '',
    description: r.description ?? '',
    amount: r.amount ?? '0',
    sourceCode: r.sourceCode ?? '',
    closingDate: r.closingDate ?? false,
    dateCompressed: r.dateCompressed ?? false,
    dimensions: r.dimensions ?? {},
  };
}

export function defaultGLItemLedgerRelation(r: Loose<GLItemLedgerRelation>): GLItemLedgerRelation {
  return { glEntryNo: r.glEntryNo ?? 0, valueEntryNo: r.valueEntryNo ?? 0, amount: r.amount ?? null };
}

/** A dataset whose records may leave out any field (the shape of a file or a test fixture). */
export type DatasetInput = {
  [K in keyof Dataset]?: Dataset[K] extends (infer R)[]
    ? Loose<R>[]
    : Dataset[K] extends object | null
      ? Loose<NonNullable<Dataset[K]>> | Dataset[K]
      : Dataset[K];
};

/** A dataset with every field filled: missing tables empty, missing fields at BC's defaults. */
export function datasetWithDefaults(r: DatasetInput & Record<string, unknown> = {}): Dataset {
  const map = <T, U>(rows: T[] | undefined, f: (x: T) => U): U[] => (rows ?? []).map(f);
  return {
    name: r.name ?? '',
    description: r.description ?? '',
    currencyCode: r.currencyCode ?? '',
    workDate: r.workDate ?? null,
    generalLedgerSetup: defaultGeneralLedgerSetup(r.generalLedgerSetup ?? {}),
    inventorySetup: defaultInventorySetup(r.inventorySetup ?? {}),
    glAccounts: map(r.glAccounts, defaultGLAccount),
    locations: map(r.locations, defaultLocation),
    items: map(r.items, defaultItem),
    inventoryPostingSetup: map(r.inventoryPostingSetup, defaultInventoryPostingSetup),
    generalPostingSetup: map(r.generalPostingSetup, defaultGeneralPostingSetup),
    dimensions: map(r.dimensions, defaultDimension),
    defaultDimensions: map(r.defaultDimensions, defaultDefaultDimension),
    itemLedgerEntries: map(r.itemLedgerEntries, defaultItemLedgerEntry),
    itemApplicationEntries: map(r.itemApplicationEntries, defaultItemApplicationEntry),
    valueEntries: map(r.valueEntries, defaultValueEntry),
    glEntries: map(r.glEntries, defaultGLEntry),
    glItemLedgerRelations: map(r.glItemLedgerRelations, defaultGLItemLedgerRelation),
  };
}
