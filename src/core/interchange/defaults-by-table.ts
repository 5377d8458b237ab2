// BC's default record for each table, so a reader can fill fields a file leaves out.
import {
  defaultDefaultDimension,
  defaultDimension,
  defaultGeneralPostingSetup,
  defaultGLAccount,
  defaultGLEntry,
  defaultGLItemLedgerRelation,
  defaultInventoryPostingSetup,
  defaultItem,
  defaultItemApplicationEntry,
  defaultItemLedgerEntry,
  defaultLocation,
  defaultValueEntry,
} from '../model/defaults';
import type { DatasetTableName } from '../model/dataset';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each factory takes its own record type
type Factory = (r: any) => unknown;

export const DEFAULT_RECORD: Record<DatasetTableName, Factory> = {
  glAccounts: defaultGLAccount,
  locations: defaultLocation,
  items: defaultItem,
  inventoryPostingSetup: defaultInventoryPostingSetup,
  generalPostingSetup: defaultGeneralPostingSetup,
  dimensions: defaultDimension,
  defaultDimensions: defaultDefaultDimension,
  itemLedgerEntries: defaultItemLedgerEntry,
  itemApplicationEntries: defaultItemApplicationEntry,
  valueEntries: defaultValueEntry,
  glEntries: defaultGLEntry,
  glItemLedgerRelations: defaultGLItemLedgerRelation,
};
