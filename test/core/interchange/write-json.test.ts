// writeDatasetJson: canonical bytes (document key order, amounts at the precision, quantities
// without trailing zeros, records in key / entry-no. order, 2-space indent, final newline).
import { describe, expect, it } from 'vitest';
import { readDatasetObject, writeDatasetJson, writeDatasetJsonChunks } from '../../../src/core/interchange';
import type { Dataset } from '../../../src/core/model';

function dataset(body: object): Dataset {
  const r = readDatasetObject(body);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const small = dataset({
  name: 'Tiny',
  glAccounts: [
    { no: '7290', name: 'COGS' },
    { no: '2130', name: 'Inventory', incomeBalance: 'Balance Sheet' },
  ],
  glEntries: [
    {
      entryNo: 2,
      glAccountNo: '7290',
      postingDate: '2026-01-06',
      amount: '-7',
      dimensions: { proj: 'p1', dept: 'adm' },
    },
    { entryNo: 1, glAccountNo: '2130', postingDate: '2026-01-05', amount: '7.5', closingDate: true },
  ],
  itemApplicationEntries: [{ entryNo: 1, quantity: '10.50000' }],
});

describe('writeDatasetJson', () => {
  it('writes the canonical text', () => {
    const text = writeDatasetJson(small);
    const expected = `{
  "format": "costbook-dataset",
  "version": 1,
  "name": "Tiny",
  "description": "",
  "currencyCode": "",
  "workDate": null,
  "generalLedgerSetup": {
    "amountRoundingPrecision": "0.01",
    "unitAmountRoundingPrecision": "0.00001",
    "allowPostingFrom": null,
    "allowPostingTo": null
  },
  "inventorySetup": {
    "automaticCostPosting": false,
    "expectedCostPostingToGL": false,
    "automaticCostAdjustment": "Never",
    "averageCostCalcType": "Item",
    "averageCostPeriod": "Day",
    "preventNegativeInventory": false
  },
  "glAccounts": [
    {
      "no": "2130",
      "name": "Inventory",
      "incomeBalance": "Balance Sheet",
      "accountType": "Posting",
      "blocked": false
    },
    {
      "no": "7290",
      "name": "COGS",
      "incomeBalance": "Income Statement",
      "accountType": "Posting",
      "blocked": false
    }
  ],
  "locations": [],
  "items": [],
  "inventoryPostingSetup": [],
  "generalPostingSetup": [],
  "dimensions": [],
  "defaultDimensions": [],
  "itemLedgerEntries": [],
  "itemApplicationEntries": [
    {
      "entryNo": 1,
      "itemLedgerEntryNo": 0,
      "inboundItemEntryNo": 0,
      "outboundItemEntryNo": 0,
      "quantity": "10.5"
    }
  ],
  "valueEntries": [],
  "glEntries": [
    {
      "entryNo": 1,
      "glAccountNo": "2130",
      "postingDate": "2026-01-05",
      "documentNo": "",
      "description": "",
      "amount": "7.50",
      "sourceCode": "",
      "closingDate": true,
      "dateCompressed": false,
      "dimensions": {}
    },
    {
      "entryNo": 2,
      "glAccountNo": "7290",
      "postingDate": "2026-01-06",
      "documentNo": "",
      "description": "",
      "amount": "-7.00",
      "sourceCode": "",
      "closingDate": false,
      "dateCompressed": false,
      "dimensions": {
        "DEPT": "ADM",
        "PROJ": "P1"
      }
    }
  ],
  "glItemLedgerRelations": []
}
`;
    expect(text).toBe(expected);
  });

  it('is the same text as JSON.stringify with 2 spaces, streamed in chunks', () => {
    const chunks = [...writeDatasetJsonChunks(small)];
    expect(chunks.length).toBeGreaterThan(20);
    expect(chunks.join('')).toBe(`${JSON.stringify(JSON.parse(chunks.join('')), null, 2)}\n`);
  });

  it('writes amounts with the precision of the dataset', () => {
    const whole = dataset({
      generalLedgerSetup: { amountRoundingPrecision: '1' },
      glAccounts: [{ no: '1' }],
      glEntries: [{ entryNo: 1, glAccountNo: '1', postingDate: '2026-01-01', amount: '-0.00' }],
    });
    expect(writeDatasetJson(whole)).toContain('"amount": "0",');
  });
});
