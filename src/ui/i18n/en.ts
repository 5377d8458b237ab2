// English message catalogue: the reference set of keys. BC captions follow domain.md §1.
import { postingEn } from './posting-en';
import { setupFieldsEn } from './setup-fields-en';
import { stepThroughEn } from './step-through-en';
import { reconciliationEn } from './reconciliation-en';
import { workbenchEn } from './workbench-en';

export const en = {
  'app.name': 'Costbook',
  'app.tagline': 'Inventory cost & G/L reconciliation',
  'app.skipToContent': 'Skip to content',

  'nav.label': 'Main',
  'nav.datasets': 'Datasets',
  'nav.setup': 'Setup',
  'nav.ledgers': 'Ledgers',
  'nav.postInventoryCost': 'Post Inventory Cost to G/L',
  'nav.reconciliation': 'Inventory – G/L Reconciliation',

  'header.dataset': 'Dataset',
  'header.noDataset': 'No dataset open',
  'header.language': 'Language',

  'footer.engine': 'Engine {version}',
  'footer.engineStarting': 'Engine starting…',
  'footer.engineFailed': 'Engine failed to start: {message}',
  'footer.online': 'Online',
  'footer.offline': 'Offline',
  'footer.offlineReady': 'Ready to work offline',

  'update.available': 'A new version of Costbook is available.',
  'update.reload': 'Reload',
  'update.later': 'Later',

  'page.comingTitle': 'What this page will do',
  'page.notFound': 'Page not found',
  'page.notFoundBody': 'There is no page at this address.',
  'page.goToDatasets': 'Go to Datasets',

  'datasets.intro': 'A dataset holds one company’s setup and ledgers. Datasets live in this browser and work offline.',
  'datasets.plan.open': 'Open the built-in sample datasets to explore and train with',
  'datasets.plan.import': 'Import a dataset from JSON or CSV files, with every problem listed by file, line and field',
  'datasets.plan.export': 'Export any dataset or view as JSON or CSV',
  'datasets.plan.manage': 'Create, rename, duplicate and delete datasets',

  'setup.intro': 'The setup decides which G/L accounts each value entry posts to.',
  'setup.plan.accounts': 'Chart of accounts',
  'setup.plan.inventoryPostingSetup': 'Inventory Posting Setup',
  'setup.plan.generalPostingSetup': 'General Posting Setup',
  'setup.plan.itemsLocations': 'Items and locations',
  'setup.plan.dimensions': 'Dimensions',
  'setup.plan.options': 'Automatic Cost Posting and Expected Cost Posting to G/L',
  'setup.automaticCostPosting': 'Automatic Cost Posting',
  'setup.expectedCostPosting': 'Expected Cost Posting to G/L',

  'ledgers.intro': 'Browse the ledgers of the open dataset, filtered and sorted, a million rows at a time.',
  'ledgers.itemLedgerEntries': 'Item Ledger Entries',
  'ledgers.valueEntries': 'Value Entries',
  'ledgers.glEntries': 'G/L Entries',
  'ledgers.plan.browse': 'Item Ledger Entries, Value Entries and G/L Entries in fast virtual lists',
  'ledgers.plan.transactions': 'Post item transactions that create item ledger entries and value entries',
  'ledgers.plan.adjustCost': 'Adjust Cost – Item Entries',

  'post.intro': 'Posts the unposted cost of value entries to the general ledger.',
  'post.plan.options': 'Posting Method (Per Posting Group or Per Entry), Document No., item and date filters',
  'post.plan.testReport': 'Post Inventory Cost to G/L – Test, listing every error first',
  'post.plan.preview': 'A preview of the G/L entries before anything is posted',
  'post.plan.skipped': 'Skipped Entries, each with its reason',

  'reconciliation.intro':
    'Compares what the value entries say each inventory account should hold with what the G/L holds.',
  'reconciliation.showMatrix': 'Show Matrix',
  'reconciliation.showWarning': 'Show Warning',
  'reconciliation.plan.matrix': 'The matrix: Inventory, Inventory (Interim), WIP Inventory, COGS and more',
  'reconciliation.plan.totals': 'Total, G/L Total and Difference for every account type',
  'reconciliation.plan.warnings': 'A Warning that explains every difference, with amounts',
  'reconciliation.plan.drillDown':
    'Drill down from any figure to the entries behind it; filter by date, item and location',
  ...workbenchEn,
  ...reconciliationEn,
  ...postingEn,
  ...setupFieldsEn,
  ...stepThroughEn,
} as const;

export type MessageKey = keyof typeof en;
