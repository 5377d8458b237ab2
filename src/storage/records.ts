// The records Costbook keeps in IndexedDB: one per dataset, one per setup row, one per field of each
// ledger chunk (a column record), one per dictionary page. Plain data only (structured-clone safe).
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
/** A column as stored: its ColumnArray, or a narrower array holding every cell exactly. */
export type StoredColumn = ColumnArray | Uint16Array;

/** A ledger chunk as the code works with it (stored split into one ColumnRecord per field). */
export interface ChunkRecord {
  datasetId: string;
  table: LedgerTableName;
  chunkNo: number;
  rowCount: number;
  columns: Record<string, ColumnArray>;
  /** Values a typed column cannot hold exactly, as [row, text] pairs per field (rare). */
  exceptions: Record<string, [number, string][]>;
}

/** A chunk whose columns are as stored (maybe narrower than the field's ColumnArray): for read-only use. */
export type StoredChunk = Omit<ChunkRecord, 'columns'> & { columns: Record<string, StoredColumn> };

/** One field of one ledger chunk: what IndexedDB holds (schema version 3 on). */
export interface ColumnRecord {
  datasetId: string;
  table: LedgerTableName;
  field: string;
  chunkNo: number;
  /** The chunk's cells of this field, one per row (in the narrowest array that holds them exactly). */
  values: StoredColumn;
  /**
   * The chunk's own code table, for a coded field with few distinct dictionary indexes that are big: `values`
   * then holds positions in it (16 bits instead of 32), in the order the rows first show them.
   */
  codes?: Uint32Array;
  /** The field's exception cells as [row, text] pairs; left out when there are none. */
  exceptions?: [number, string][];
}

export interface DictionaryPageRecord {
  datasetId: string;
  pageNo: number;
  /** The page's strings joined, without separators (one string clones at memcpy speed, 65,536 do not). */
  text: string;
  /** Where each string ends in `text`: string i is text.slice(ends[i - 1] ?? 0, ends[i]). */
  ends: Uint32Array;
}
