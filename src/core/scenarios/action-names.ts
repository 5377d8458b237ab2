// Every action scenario-format.md defines. A name outside this list is a typo in the file (refused
// when parsing); a listed name without a registered handler makes the scenario TODO.
export const ACTION_NAMES = [
  'purchase',
  'purchaseInvoice',
  'purchaseReturn',
  'itemCharge',
  'sale',
  'saleInvoice',
  'salesReturn',
  'positiveAdjmt',
  'negativeAdjmt',
  'transfer',
  'revaluation',
  'consumption',
  'capacity',
  'output',
  'finishProductionOrder',
  'adjustCost',
  'postInventoryCostToGL',
  'testReport',
  'postGLJournal',
  'setSetup',
  'upsertRecords',
  'deleteRecords',
  'reconcile',
] as const;

export type ActionName = (typeof ACTION_NAMES)[number];

export function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(name);
}
