// A small chart of accounts and posting setup (BC's CRONUS numbers, as in the scenarios) and value
// entry builders for posting tests.
import { datasetWithDefaults, defaultValueEntry, type Dataset, type ValueEntry } from '../../../src/core/model';

export const ACCOUNTS = {
  inventory: '2130',
  inventoryInterim: '2131',
  wip: '2140',
  accrualInterim: '5530',
  inventoryAdjmt: '7270',
  cogsInterim: '7281',
  cogs: '7290',
  directCostApplied: '7291',
  overheadApplied: '7292',
  purchaseVariance: '7293',
  materialVariance: '7890',
} as const;

export function baseDataset(overrides: Partial<Parameters<typeof datasetWithDefaults>[0]> = {}): Dataset {
  return datasetWithDefaults({
    glAccounts: [
      '2130',
      '2131',
      '2140',
      '2141',
      '5530',
      '7270',
      '7281',
      '7290',
      '7291',
      '7292',
      '7293',
      '7890',
      '7891',
      '7892',
      '7893',
      '7894',
    ].map((no) => ({ no, name: `Account ${no}` })),
    items: [
      { no: '1000', inventoryPostingGroup: 'RESALE', genProdPostingGroup: 'RETAIL' },
      { no: 'BIKE', inventoryPostingGroup: 'FINISHED', genProdPostingGroup: 'RETAIL' },
    ] as never,
    inventoryPostingSetup: ['', 'BLUE', 'RED'].flatMap((locationCode) =>
      ['RESALE', 'FINISHED'].map((inventoryPostingGroup) => ({
        locationCode,
        inventoryPostingGroup,
        inventoryAccount: '2130',
        inventoryAccountInterim: '2131',
        wipAccount: inventoryPostingGroup === 'FINISHED' ? '2141' : '2140',
        materialVarianceAccount: '7890',
        capacityVarianceAccount: '7891',
        subcontractedVarianceAccount: '7892',
        capOverheadVarianceAccount: '7893',
        mfgOverheadVarianceAccount: '7894',
      })),
    ),
    generalPostingSetup: ['', 'DOMESTIC'].map((genBusPostingGroup) => ({
      genBusPostingGroup,
      genProdPostingGroup: 'RETAIL',
      cogsAccount: '7290',
      cogsAccountInterim: '7281',
      inventoryAdjmtAccount: '7270',
      invtAccrualAccInterim: '5530',
      directCostAppliedAccount: '7291',
      overheadAppliedAccount: '7292',
      purchaseVarianceAccount: '7293',
    })),
    ...overrides,
  });
}

let nextNo = 1;
export function resetEntryNos(): void {
  nextNo = 1;
}

/** A value entry of item 1000 at BLUE, DOMESTIC/RETAIL, with the given fields. */
export function ve(fields: Partial<ValueEntry>): ValueEntry {
  const entryNo = fields.entryNo ?? nextNo;
  nextNo = Math.max(nextNo, entryNo) + 1;
  return defaultValueEntry({
    entryNo,
    itemLedgerEntryNo: entryNo,
    itemNo: '1000',
    postingDate: '2026-01-05',
    itemLedgerEntryType: 'Purchase',
    entryType: 'Direct Cost',
    documentNo: `DOC-${entryNo}`,
    locationCode: 'BLUE',
    inventoryPostingGroup: 'RESALE',
    genBusPostingGroup: 'DOMESTIC',
    genProdPostingGroup: 'RETAIL',
    sourceNo: '10000',
    ...fields,
  });
}

export function withEntries(ds: Dataset, entries: ValueEntry[]): Dataset {
  ds.valueEntries = entries;
  return ds;
}

/** Net change per G/L account (decimal strings compared by the tests as numbers of minor units). */
export function balances(entries: { glAccountNo: string; amount: string }[]): Record<string, string> {
  const cents = new Map<string, bigint>();
  for (const e of entries) {
    const [i, f = ''] = e.amount.replace('-', '').split('.');
    const v = BigInt(i! + f.padEnd(2, '0')) * (e.amount.startsWith('-') ? -1n : 1n);
    cents.set(e.glAccountNo, (cents.get(e.glAccountNo) ?? 0n) + v);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of [...cents].sort()) {
    const neg = v < 0n;
    const s = (neg ? -v : v).toString().padStart(3, '0');
    out[k] = `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
  }
  return out;
}
