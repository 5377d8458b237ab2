// Small hand-checkable datasets for storage tests, built from inline rows.
import type { LedgerColumns } from '../../src/core/columns';
import { datasetWithDefaults, type Dataset } from '../../src/core/model';

/** Rows as a file would give them (optional fields left out); datasetWithDefaults fills them in. */
const SMALL: Record<string, unknown> = {
  name: 'Bicycles, January',
  description: 'one purchase, one sale',
  currencyCode: 'SEK',
  workDate: '2026-01-31',
  glAccounts: [
    { no: '2130', name: 'Inventory', incomeBalance: 'Balance Sheet', accountType: 'Posting', blocked: false },
    { no: '7290', name: 'COGS', incomeBalance: 'Income Statement', accountType: 'Posting', blocked: false },
  ],
  locations: [{ code: 'BLUE', name: 'Blue warehouse' }],
  items: [{ no: '1000', description: 'Bicycle', unitCost: '10.5', inventoryPostingGroup: 'RESALE' }],
  dimensions: [{ code: 'DEPARTMENT', values: ['ADM', 'SALES'] }],
  itemLedgerEntries: [
    {
      entryNo: 1,
      itemNo: '1000',
      postingDate: '2026-01-05',
      entryType: 'Purchase',
      quantity: '10',
      remainingQuantity: '4',
      open: true,
      positive: true,
    },
    { entryNo: 2, itemNo: '1000', postingDate: '2026-01-10', entryType: 'Sale', quantity: '-6', appliesToEntry: 1 },
  ],
  itemApplicationEntries: [{ entryNo: 1, itemLedgerEntryNo: 1, inboundItemEntryNo: 1, quantity: '10' }],
  valueEntries: [
    {
      entryNo: 1,
      itemLedgerEntryNo: 1,
      itemNo: '1000',
      postingDate: '2026-01-05',
      valuationDate: '2026-01-05',
      itemLedgerEntryType: 'Purchase',
      entryType: 'Direct Cost',
      documentNo: 'PI-1001',
      locationCode: 'BLUE',
      inventoryPostingGroup: 'RESALE',
      genBusPostingGroup: 'DOMESTIC',
      genProdPostingGroup: 'RETAIL',
      itemLedgerEntryQuantity: '10',
      invoicedQuantity: '10',
      costPerUnit: '10.12345',
      costAmountActual: '101.23',
      costPostedToGL: '101.23',
      sourceType: 'Vendor',
      sourceNo: '10000',
      externalDocumentNo: '=SUM(A1)',
      dimensions: { DEPARTMENT: 'SALES', AREA: 'EU' },
    },
    {
      entryNo: 2,
      itemLedgerEntryNo: 2,
      itemNo: '1000',
      postingDate: '2026-01-10',
      valuationDate: '2026-01-10',
      itemLedgerEntryType: 'Sale',
      entryType: 'Direct Cost',
      documentNo: 'SI-1',
      locationCode: 'BLUE',
      inventoryPostingGroup: 'RESALE',
      genBusPostingGroup: 'DOMESTIC',
      genProdPostingGroup: 'RETAIL',
      itemLedgerEntryQuantity: '-6',
      invoicedQuantity: '-6',
      costPerUnit: '10.1',
      costAmountActual: '-60.74',
      salesAmountActual: '120.00',
      adjustment: true,
      expectedCost: false,
      inventoriable: false,
    },
  ],
  glEntries: [
    {
      entryNo: 1,
      glAccountNo: '2130',
      postingDate: '2026-01-05',
      documentNo: 'PI-1001',
      description: 'Bicycle',
      amount: '101.23',
      sourceCode: 'INVTPCOST',
      dimensions: { DEPARTMENT: 'SALES' },
    },
    {
      entryNo: 2,
      glAccountNo: '7290',
      postingDate: '2026-12-31',
      amount: '-101.23',
      closingDate: true,
      dateCompressed: true,
    },
  ],
  glItemLedgerRelations: [
    { glEntryNo: 1, valueEntryNo: 1, amount: '101.23' },
    { glEntryNo: 2, valueEntryNo: 1, amount: null },
  ],
};

export function smallDataset(): Dataset {
  return datasetWithDefaults(structuredClone(SMALL));
}

/** `n` G/L entries numbered from `from`, amounts 1.00, 2.00, … (sum n(n+1)/2). */
export function glEntries(n: number, from = 1): Dataset['glEntries'] {
  const rows: Dataset['glEntries'] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      entryNo: from + i,
      glAccountNo: i % 2 ? '2130' : '7290',
      postingDate: i < n / 2 ? '2026-01-05' : '2026-02-05',
      documentNo: `D-${from + i}`,
      description: '',
      amount: `${i + 1}.00`,
      sourceCode: '',
      closingDate: false,
      dateCompressed: false,
      dimensions: {},
    });
  }
  return rows;
}

let counter = 0;
/** A fresh database name per test (fake-indexeddb keeps databases for the whole process). */
export function uniqueDbName(): string {
  counter++;
  return `costbook-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/**
 * LedgerColumns with every typed array as a plain array: columns read from storage hold whole numbers in
 * Int32Arrays where core's builder uses Float64Arrays, with the same values.
 */
export function columnValues(cols: LedgerColumns): unknown {
  const table = (t: object) =>
    Object.fromEntries(Object.entries(t).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v]));
  return {
    ...cols,
    valueEntries: table(cols.valueEntries),
    glEntries: table(cols.glEntries),
    relations: table(cols.relations),
  };
}
