// A dataset: one company's setup and ledgers, in memory, as the core works on it.
import type {
  DefaultDimension,
  Dimension,
  GeneralLedgerSetup,
  GeneralPostingSetup,
  GLAccount,
  InventoryPostingSetup,
  InventorySetup,
  IsoDate,
  Item,
  Location,
} from './setup';
import type { GLEntry, GLItemLedgerRelation, ItemApplicationEntry, ItemLedgerEntry, ValueEntry } from './ledgers';

export const DATASET_FORMAT = 'costbook-dataset';
export const DATASET_VERSION = 1;

export interface Dataset {
  name: string;
  description: string;
  currencyCode: string;
  workDate: IsoDate | null;
  generalLedgerSetup: GeneralLedgerSetup;
  inventorySetup: InventorySetup;
  glAccounts: GLAccount[];
  locations: Location[];
  items: Item[];
  inventoryPostingSetup: InventoryPostingSetup[];
  generalPostingSetup: GeneralPostingSetup[];
  dimensions: Dimension[];
  defaultDimensions: DefaultDimension[];
  itemLedgerEntries: ItemLedgerEntry[];
  itemApplicationEntries: ItemApplicationEntry[];
  valueEntries: ValueEntry[];
  glEntries: GLEntry[];
  glItemLedgerRelations: GLItemLedgerRelation[];
}

/** The array tables of a dataset, by name (used by upsertRecords/deleteRecords, CSV and storage). */
export type DatasetTableName = {
  [K in keyof Dataset]: Dataset[K] extends unknown[] ? K : never;
}[keyof Dataset];

export const DATASET_TABLES: readonly DatasetTableName[] = [
  'glAccounts',
  'locations',
  'items',
  'inventoryPostingSetup',
  'generalPostingSetup',
  'dimensions',
  'defaultDimensions',
  'itemLedgerEntries',
  'itemApplicationEntries',
  'valueEntries',
  'glEntries',
  'glItemLedgerRelations',
];

/** Key fields of each table (records are matched by these). */
export const TABLE_KEYS: Record<DatasetTableName, readonly string[]> = {
  glAccounts: ['no'],
  locations: ['code'],
  items: ['no'],
  inventoryPostingSetup: ['locationCode', 'inventoryPostingGroup'],
  generalPostingSetup: ['genBusPostingGroup', 'genProdPostingGroup'],
  dimensions: ['code'],
  defaultDimensions: ['glAccountNo', 'dimensionCode'],
  itemLedgerEntries: ['entryNo'],
  itemApplicationEntries: ['entryNo'],
  valueEntries: ['entryNo'],
  glEntries: ['entryNo'],
  glItemLedgerRelations: ['glEntryNo', 'valueEntryNo'],
};
