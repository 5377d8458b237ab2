// The bench company's setup: a handful of items, locations and posting groups, with every
// inventory posting setup and general posting setup row the generated ledgers need.
import type {
  GeneralLedgerSetup,
  GeneralPostingSetup,
  GLAccount,
  InventoryPostingSetup,
  InventorySetup,
  Item,
  Location,
} from '../../../src/core/model';

export interface BenchSetup {
  generalLedgerSetup: GeneralLedgerSetup;
  inventorySetup: InventorySetup;
  glAccounts: GLAccount[];
  locations: Location[];
  items: Item[];
  inventoryPostingSetup: InventoryPostingSetup[];
  generalPostingSetup: GeneralPostingSetup[];
}

export const LOCATIONS = ['BLUE', 'RED', 'GREEN'] as const;
/** Blank is BC's bus. posting group of adjustments, transfers and production. */
export const GEN_BUS_GROUPS = ['DOMESTIC', 'EXPORT', ''] as const;

interface ItemSpec {
  no: string;
  description: string;
  costingMethod: Item['costingMethod'];
  unitCostCents: number;
  inventoryPostingGroup: 'RESALE' | 'RAWMAT' | 'FINISHED';
}

/** Items with their base unit cost in cents (the generator varies it per transaction). */
export const ITEM_SPECS: readonly ItemSpec[] = [
  {
    no: '1000',
    description: 'Bicycle',
    costingMethod: 'FIFO',
    unitCostCents: 35000,
    inventoryPostingGroup: 'FINISHED',
  },
  {
    no: '1001',
    description: 'Touring Bicycle',
    costingMethod: 'Average',
    unitCostCents: 42000,
    inventoryPostingGroup: 'FINISHED',
  },
  {
    no: '1100',
    description: 'Front Wheel',
    costingMethod: 'Standard',
    unitCostCents: 4500,
    inventoryPostingGroup: 'RAWMAT',
  },
  { no: '1110', description: 'Rim', costingMethod: 'FIFO', unitCostCents: 1200, inventoryPostingGroup: 'RAWMAT' },
  { no: '1120', description: 'Spokes', costingMethod: 'Average', unitCostCents: 15, inventoryPostingGroup: 'RAWMAT' },
  {
    no: '1150',
    description: 'Front Hub',
    costingMethod: 'Standard',
    unitCostCents: 2300,
    inventoryPostingGroup: 'RAWMAT',
  },
  {
    no: '1200',
    description: 'Back Wheel',
    costingMethod: 'FIFO',
    unitCostCents: 5100,
    inventoryPostingGroup: 'RAWMAT',
  },
  {
    no: '1300',
    description: 'Chain Assy',
    costingMethod: 'Average',
    unitCostCents: 1850,
    inventoryPostingGroup: 'RAWMAT',
  },
  {
    no: '1896-S',
    description: 'Athens Desk',
    costingMethod: 'FIFO',
    unitCostCents: 50650,
    inventoryPostingGroup: 'RESALE',
  },
  {
    no: '1900-S',
    description: 'Paris Guest Chair',
    costingMethod: 'Average',
    unitCostCents: 9880,
    inventoryPostingGroup: 'RESALE',
  },
  {
    no: '1920-S',
    description: 'Antwerp Table',
    costingMethod: 'Standard',
    unitCostCents: 32050,
    inventoryPostingGroup: 'RESALE',
  },
  {
    no: '1968-S',
    description: 'Mexico Swivel Chair',
    costingMethod: 'FIFO',
    unitCostCents: 12390,
    inventoryPostingGroup: 'RESALE',
  },
];

/** Inventory posting group → [inventory, inventory (interim)] accounts. */
const INVENTORY_ACCOUNTS = { FINISHED: ['2110', '2111'], RAWMAT: ['2120', '2121'], RESALE: ['2130', '2131'] } as const;
/** Gen. prod. posting group → [COGS, COGS (interim), inventory adjmt., direct cost applied, overhead applied, purchase variance]. */
const PROD_ACCOUNTS = {
  RETAIL: ['7190', '7181', '7170', '7191', '7192', '7193'],
  RAWMAT: ['7290', '7281', '7270', '7291', '7292', '7293'],
  MANUFACT: ['7390', '7381', '7370', '7391', '7392', '7393'],
} as const;
const GEN_PROD_OF_INVENTORY_GROUP = { FINISHED: 'MANUFACT', RAWMAT: 'RAWMAT', RESALE: 'RETAIL' } as const;

const ACCOUNT_NAMES: Record<string, string> = {
  '2110': 'Finished Goods',
  '2111': 'Finished Goods (Interim)',
  '2120': 'Raw Materials',
  '2121': 'Raw Materials (Interim)',
  '2130': 'Resale Items',
  '2131': 'Resale Items (Interim)',
  '2140': 'WIP Account',
  '5510': 'Invt. Accrual (Interim)',
  '7890': 'Material Variance',
  '7891': 'Capacity Variance',
  '7892': 'Subcontracted Variance',
  '7893': 'Cap. Overhead Variance',
  '7894': 'Mfg. Overhead Variance',
};
const PROD_ACCOUNT_CAPTIONS = [
  'COGS',
  'COGS (Interim)',
  'Inventory Adjmt.',
  'Direct Cost Applied',
  'Overhead Applied',
  'Purchase Variance',
];

function glAccounts(): GLAccount[] {
  const names = { ...ACCOUNT_NAMES };
  for (const [group, accounts] of Object.entries(PROD_ACCOUNTS)) {
    accounts.forEach((no, i) => (names[no] = `${PROD_ACCOUNT_CAPTIONS[i]}, ${group}`));
  }
  return Object.keys(names)
    .sort()
    .map((no) => ({
      no,
      name: names[no] ?? no,
      incomeBalance: no < '6000' ? 'Balance Sheet' : 'Income Statement',
      accountType: 'Posting',
      blocked: false,
    }));
}

export function benchSetup(): BenchSetup {
  const items: Item[] = ITEM_SPECS.map((s) => ({
    no: s.no,
    description: s.description,
    costingMethod: s.costingMethod,
    unitCost: centsText(s.unitCostCents),
    standardCost: s.costingMethod === 'Standard' ? centsText(s.unitCostCents) : '0',
    indirectCostPercent: '0',
    overheadRate: '0',
    singleLevelMaterialCost: '0',
    singleLevelCapacityCost: '0',
    singleLevelSubcontrdCost: '0',
    singleLevelCapOvhdCost: '0',
    singleLevelMfgOvhdCost: '0',
    inventoryPostingGroup: s.inventoryPostingGroup,
    genProdPostingGroup: GEN_PROD_OF_INVENTORY_GROUP[s.inventoryPostingGroup],
  }));
  const inventoryPostingSetup: InventoryPostingSetup[] = [];
  for (const locationCode of LOCATIONS) {
    for (const [group, [inv, interim]] of Object.entries(INVENTORY_ACCOUNTS)) {
      inventoryPostingSetup.push({
        locationCode,
        inventoryPostingGroup: group,
        inventoryAccount: inv,
        inventoryAccountInterim: interim,
        wipAccount: '2140',
        materialVarianceAccount: '7890',
        capacityVarianceAccount: '7891',
        subcontractedVarianceAccount: '7892',
        capOverheadVarianceAccount: '7893',
        mfgOverheadVarianceAccount: '7894',
      });
    }
  }
  const generalPostingSetup: GeneralPostingSetup[] = [];
  for (const genBusPostingGroup of GEN_BUS_GROUPS) {
    for (const [genProdPostingGroup, a] of Object.entries(PROD_ACCOUNTS)) {
      generalPostingSetup.push({
        genBusPostingGroup,
        genProdPostingGroup,
        cogsAccount: a[0],
        cogsAccountInterim: a[1],
        inventoryAdjmtAccount: a[2],
        invtAccrualAccInterim: '5510',
        directCostAppliedAccount: a[3],
        overheadAppliedAccount: a[4],
        purchaseVarianceAccount: a[5],
        blocked: false,
      });
    }
  }
  return {
    generalLedgerSetup: {
      amountRoundingPrecision: '0.01',
      unitAmountRoundingPrecision: '0.00001',
      allowPostingFrom: null,
      allowPostingTo: null,
    },
    inventorySetup: {
      automaticCostPosting: false,
      expectedCostPostingToGL: true,
      automaticCostAdjustment: 'Never',
      averageCostCalcType: 'Item',
      averageCostPeriod: 'Day',
      preventNegativeInventory: false,
    },
    glAccounts: glAccounts(),
    locations: LOCATIONS.map((code) => ({ code, name: `${code[0]}${code.slice(1).toLowerCase()} warehouse` })),
    items,
    inventoryPostingSetup,
    generalPostingSetup,
  };
}

/** Cents as a decimal string with two decimals ("12345" → "123.45"). */
export function centsText(cents: number): string {
  const negative = cents < 0;
  const s = String(Math.abs(cents)).padStart(3, '0');
  return `${negative ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}
