// The records Costbook keeps in IndexedDB: one per dataset, one per setup row, one per
// ledger column chunk, one per dictionary page. Plain data only (structured-clone safe).
import type { GeneralLedgerSetup, InventorySetup, IsoDate } from '../core/model';

/** Ledger tables stored as column chunks. */
export const LEDGER_TABLES = [
  'itemLedgerEntries',
  'itemApplicationEntries',
  'valueEntries',
  'glEntries',
  'glItemLedgerRelations',
] as const;
export type LedgerTableName = (typeof LEDGER_TABLES)[number];

/** Setup tables stored as one record per row. */
export const SETUP_TABLES = [
  'glAccounts',
  'locations',
  'items',
  'inventoryPostingSetup',
  'generalPostingSetup',
  'dimensions',
  'defaultDimensions',
] as const;
export type SetupTableName = (typeof SETUP_TABLES)[number];

/** Filter summary of one chunk: lets a reader skip chunks outside an entry-no. or date range. */
export interface ChunkSummary {
  chunkNo: number;
  rowCount: number;
  minEntryNo: number;
  maxEntryNo: number;
  /** Day numbers of the chunk's posting dates; null when the table has no date or the chunk none. */
  minDate: number | null;
  maxDate: number | null;
}

export interface DatasetRecord {
  id: string;
  name: string;
  description: string;
  currencyCode: string;
  workDate: IsoDate | null;
  generalLedgerSetup: GeneralLedgerSetup;
  inventorySetup: InventorySetup;
  /** Decimals of the amount and unit-amount precisions the money columns were written at. */
  amountScale: number;
  unitAmountScale: number;
  /** Chunk index per ledger table, in chunk order. */
  chunks: Record<LedgerTableName, ChunkSummary[]>;
  /** Strings in the dataset's dictionary (its pages hold them in order). */
  dictionarySize: number;
  /** Bumped by every write: lets a reader (another tab, the worker's cache) see staleness. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface SetupRecord {
  datasetId: string;
  table: SetupTableName;
  /** The row's key fields joined (TABLE_KEYS order). */
  key: string;
  /** Insertion order, so a loaded table comes back in the order it was written. */
  seq: number;
  row: Record<string, unknown>;
}

export type ColumnArray = Float64Array | Int32Array | Uint32Array | Uint8Array;

export interface ChunkRecord {
  datasetId: string;
  table: LedgerTableName;
  chunkNo: number;
  rowCount: number;
  columns: Record<string, ColumnArray>;
  /** Values a typed column cannot hold exactly, as [row, text] pairs per field (rare). */
  exceptions: Record<string, [number, string][]>;
}

export interface DictionaryPageRecord {
  datasetId: string;
  pageNo: number;
  values: string[];
}
