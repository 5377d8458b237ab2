// A small company for reconciliation tests: one chart of accounts, posting setup for locations "" and RED,
// and terse builders so each test reads like a ledger (amounts as strings, dates ISO).
import {
  datasetWithDefaults,
  defaultGeneralPostingSetup,
  defaultGLAccount,
  defaultItem,
  type Dataset,
  type GLEntry,
  type GLItemLedgerRelation,
  type ValueEntry,
} from '../../../src/core/model';

export const ACCOUNTS = {
  inventory: '2130',
  inventoryInterim: '2131',
  wip: '2140',
  invtAccrual: '5530',
  inventoryAdjmt: '7270',
  cogsInterim: '7281',
  cogs: '7290',
  directCostApplied: '7291',
  overheadApplied: '7292',
  purchaseVariance: '7293',
  materialVariance: '7890',
  capacityVariance: '7891',
  subcontractedVariance: '7892',
  capOverheadVariance: '7893',
  mfgOverheadVariance: '7894',
} as const;

const invRow = (locationCode: string, inventoryPostingGroup = 'RESALE') => ({
  locationCode,
  inventoryPostingGroup,
  inventoryAccount: ACCOUNTS.inventory,
  inventoryAccountInterim: ACCOUNTS.inventoryInterim,
  wipAccount: ACCOUNTS.wip,
  materialVarianceAccount: ACCOUNTS.materialVariance,
  capacityVarianceAccount: ACCOUNTS.capacityVariance,
  subcontractedVarianceAccount: ACCOUNTS.subcontractedVariance,
  capOverheadVarianceAccount: ACCOUNTS.capOverheadVariance,
  mfgOverheadVarianceAccount: ACCOUNTS.mfgOverheadVariance,
});

export function company(overrides: Partial<Dataset> = {}): Dataset {
  return datasetWithDefaults({
    glAccounts: [...Object.values(ACCOUNTS), '2910', '3300'].map((no) => defaultGLAccount({ no, name: no })),
    items: [
      defaultItem({ no: '1000', inventoryPostingGroup: 'RESALE', genProdPostingGroup: 'RETAIL' }),
      defaultItem({ no: '1001', inventoryPostingGroup: 'RESALE', genProdPostingGroup: 'RETAIL' }),
      defaultItem({ no: 'BIKE', inventoryPostingGroup: 'FINISHED', genProdPostingGroup: 'RETAIL' }),
    ],
    inventoryPostingSetup: [invRow(''), invRow('RED'), invRow('', 'FINISHED')],
    generalPostingSetup: [
      defaultGeneralPostingSetup({
        genBusPostingGroup: '',
        genProdPostingGroup: 'RETAIL',
        cogsAccount: ACCOUNTS.cogs,
        cogsAccountInterim: ACCOUNTS.cogsInterim,
        inventoryAdjmtAccount: ACCOUNTS.inventoryAdjmt,
        invtAccrualAccInterim: ACCOUNTS.invtAccrual,
        directCostAppliedAccount: ACCOUNTS.directCostApplied,
        overheadAppliedAccount: ACCOUNTS.overheadApplied,
        purchaseVarianceAccount: ACCOUNTS.purchaseVariance,
      }),
    ],
    ...overrides,
  });
}

type VE = Partial<ValueEntry> & Pick<ValueEntry, 'entryNo' | 'itemLedgerEntryType' | 'postingDate'>;

/** A value entry of item 1000 (RESALE/RETAIL); `posted` sets the watermarks to the amounts. */
export function ve(e: VE, posted = true): ValueEntry {
  const actual = e.costAmountActual ?? '0';
  const expected = e.costAmountExpected ?? '0';
  return {
    itemLedgerEntryNo: e.itemLedgerEntryType === '' ? 0 : e.entryNo,
    itemNo: '1000',
    valuationDate: e.postingDate,
    entryType: 'Direct Cost',
    documentNo: `D${e.entryNo}`,
    locationCode: '',
    inventoryPostingGroup: 'RESALE',
    genBusPostingGroup: '',
    genProdPostingGroup: 'RETAIL',
    itemLedgerEntryQuantity: '0',
    invoicedQuantity: '0',
    costPerUnit: '0',
    costAmountActual: actual,
    costAmountExpected: expected,
    costPostedToGL: posted ? actual : '0',
    expectedCostPostedToGL: posted ? expected : '0',
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
    ...e,
  };
}

export function gl(
  entryNo: number,
  glAccountNo: string,
  postingDate: string,
  amount: string,
  extra: Partial<GLEntry> = {},
): GLEntry {
  return {
    entryNo,
    glAccountNo,
    postingDate,
    documentNo: `G${entryNo}`,
    description: '',
    amount,
    sourceCode: '',
    closingDate: false,
    dateCompressed: false,
    dimensions: {},
    ...extra,
  };
}

export function rel(glEntryNo: number, valueEntryNo: number, amount: string | null = null): GLItemLedgerRelation {
  return { glEntryNo, valueEntryNo, amount };
}

/** The G/L pair cost posting makes for a value entry: +x on `account`, −x on `balancing`, with relations. */
export function posted(
  firstGLEntryNo: number,
  v: ValueEntry,
  account: string,
  balancing: string,
  amount: string,
  postingDate = v.postingDate,
): { glEntries: GLEntry[]; relations: GLItemLedgerRelation[] } {
  const negated = amount.startsWith('-') ? amount.slice(1) : `-${amount}`;
  return {
    glEntries: [
      gl(firstGLEntryNo, account, postingDate, amount),
      gl(firstGLEntryNo + 1, balancing, postingDate, negated),
    ],
    relations: [rel(firstGLEntryNo, v.entryNo, amount), rel(firstGLEntryNo + 1, v.entryNo, negated)],
  };
}

/** Non-zero cells only, for compact assertions. */
export function nonZeroCells(cells: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== '0'));
}
