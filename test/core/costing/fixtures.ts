// A small dataset for engine tests: one location BLUE, items by costing method, full posting setup.
import { datasetWithDefaults, type Dataset } from '../../../src/core/model';

const accounts = [
  '2130',
  '2131',
  '2140',
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
];

export function testDataset(
  over: { automaticCostPosting?: boolean; preventNegativeInventory?: boolean; expectedCostPostingToGL?: boolean } = {},
): Dataset {
  const item = (no: string, costingMethod: string, standardCost = '0') => ({
    no,
    costingMethod,
    standardCost,
    unitCost: standardCost,
    inventoryPostingGroup: 'RESALE',
    genProdPostingGroup: 'RETAIL',
  });
  return datasetWithDefaults({
    inventorySetup: {
      automaticCostPosting: over.automaticCostPosting ?? false,
      expectedCostPostingToGL: over.expectedCostPostingToGL ?? false,
      preventNegativeInventory: over.preventNegativeInventory ?? false,
    },
    glAccounts: accounts.map((no) => ({ no, name: no, incomeBalance: 'Balance Sheet' as const })),
    locations: [
      { code: 'BLUE', name: 'Blue' },
      { code: 'RED', name: 'Red' },
    ],
    items: [
      item('FIFO', 'FIFO'),
      item('LIFO', 'LIFO'),
      item('AVG', 'Average'),
      item('STD', 'Standard', '10'),
      item('SPEC', 'Specific'),
    ] as never,
    inventoryPostingSetup: ['', 'BLUE', 'RED'].map((locationCode) => ({
      locationCode,
      inventoryPostingGroup: 'RESALE',
      inventoryAccount: '2130',
      inventoryAccountInterim: '2131',
      wipAccount: '2140',
      materialVarianceAccount: '7890',
      capacityVarianceAccount: '7891',
      subcontractedVarianceAccount: '7892',
      capOverheadVarianceAccount: '7893',
      mfgOverheadVarianceAccount: '7894',
    })),
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
  });
}
