// Small hand-made scenarios for the runner's tests: a two-account chart and test handlers whose
// output the test controls, so every expected mismatch is known in advance.
import { emptyChanges, type GLEntry, type GLItemLedgerRelation } from '../../../src/core/model';
import { problem } from '../../../src/core/problems';
import type { ActionHandler, ActionRegistry, OutcomeMatrix } from '../../../src/core/scenarios';

export const DATASET = {
  name: 'Runner test',
  glAccounts: [
    { no: '2130', name: 'Inventory', incomeBalance: 'Balance Sheet' },
    { no: '7290', name: 'COGS', incomeBalance: 'Income Statement' },
  ],
  locations: [{ code: 'BLUE' }],
  items: [{ no: 'ITEM1', inventoryPostingGroup: 'RESALE', genProdPostingGroup: 'RETAIL' }],
};

/** A scenario file object with the given steps. */
export function scenario(steps: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'costbook-scenario',
    version: 1,
    title: 'Hand-made',
    workDate: '2020-01-31',
    dataset: DATASET,
    steps,
    ...extra,
  };
}

interface LineSpec {
  glAccountNo: string;
  amount: string;
  valueEntryNos?: number[];
}

/** postGLJournal stand-in: one G/L entry per line, entry nos. after the highest, relations as given. */
const journal: ActionHandler = (state, step) => {
  const lines = step.lines as LineSpec[];
  let next = Math.max(0, ...state.dataset.glEntries.map((e) => e.entryNo)) + 1;
  const changes = emptyChanges();
  for (const line of lines) {
    const entry: GLEntry = {
      entryNo: next++,
      glAccountNo: line.glAccountNo,
      postingDate: step.postingDate as string,
      documentNo: step.documentNo as string,
      description: '',
      amount: line.amount,
      sourceCode: '',
      closingDate: false,
      dateCompressed: false,
      dimensions: {},
    };
    changes.glEntries.push(entry);
    for (const valueEntryNo of line.valueEntryNos ?? []) {
      const relation: GLItemLedgerRelation = { glEntryNo: entry.entryNo, valueEntryNo, amount: line.amount };
      changes.glItemLedgerRelations.push(relation);
    }
  }
  return step.preview === true
    ? { preview: { glEntries: changes.glEntries, relations: changes.glItemLedgerRelations } }
    : { changes };
};

/** A purchase stand-in: one item ledger entry and one value entry of the given cost. */
const purchase: ActionHandler = (state, step) => {
  const changes = emptyChanges();
  const ileNo = state.dataset.itemLedgerEntries.length + 1;
  const veNo = state.dataset.valueEntries.length + 1;
  const base = { itemNo: 'ITEM1', postingDate: '2020-01-01', documentNo: 'P-1', locationCode: 'BLUE' };
  changes.itemLedgerEntries.push({
    ...base,
    entryNo: ileNo,
    entryType: 'Purchase',
    quantity: step.quantity as string,
    invoicedQuantity: step.quantity as string,
    remainingQuantity: step.quantity as string,
    open: true,
    positive: true,
    appliesToEntry: null,
    orderType: '',
    orderNo: '',
  });
  changes.valueEntries.push({
    ...base,
    entryNo: veNo,
    itemLedgerEntryNo: ileNo,
    valuationDate: '2020-01-01',
    itemLedgerEntryType: 'Purchase',
    entryType: 'Direct Cost',
    inventoryPostingGroup: 'RESALE',
    genBusPostingGroup: '',
    genProdPostingGroup: 'RETAIL',
    itemLedgerEntryQuantity: step.quantity as string,
    invoicedQuantity: step.quantity as string,
    costPerUnit: '0',
    costAmountActual: step.cost as string,
    costAmountExpected: '0',
    costPostedToGL: '0',
    expectedCostPostedToGL: '0',
    salesAmountActual: '0',
    adjustment: false,
    expectedCost: false,
    sourceType: '',
    sourceNo: '',
    orderType: '',
    orderNo: '',
    varianceType: '',
    itemChargeNo: '',
    externalDocumentNo: '',
    inventoriable: true,
    dimensions: {},
  });
  return { changes };
};

/** A refusing stand-in; with `mutate: true` it also (wrongly) touches the dataset. */
const refuse: ActionHandler = (state, step) => {
  if (step.mutate === true) state.dataset.glAccounts.pop();
  return { problems: [problem('document-no-required', 'Document No. is required'), problem('nothing-to-post', 'x')] };
};

/** A reconcile stand-in returning the matrix given in the step. */
const reconcile: ActionHandler = (_state, step) => ({ matrix: step.matrix as OutcomeMatrix });

/** A test report stand-in returning the lines given in the step. */
const testReport: ActionHandler = (_state, step) => ({
  testReport: step.lines as { valueEntryNo?: number; glAccountNo?: string; problems: { code: string }[] }[],
});

export const TEST_ACTIONS: ActionRegistry = {
  postGLJournal: journal,
  purchase,
  postInventoryCostToGL: refuse,
  reconcile,
  testReport,
};
