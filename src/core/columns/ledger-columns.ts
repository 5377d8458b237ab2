// The columnar form of the ledgers reconciliation reads: per table one object of same-length typed arrays
// (a "column table"), plus dictionaries shared by all tables. Money is integer minor units at `scale`.
//
// Chunking: any column table can be cut into row ranges with sliceColumnTable and put back together with
// concatColumnTables; the dictionaries stay whole and are stored once per dataset.
import {
  ITEM_LEDGER_ENTRY_TYPES,
  ORDER_TYPES,
  SOURCE_TYPES,
  VALUE_ENTRY_TYPES,
  VARIANCE_TYPES,
  type ValueEntryItemLedgerEntryType,
} from '../model';
import { CodeDictionary } from './code-dictionary';

/** Item ledger entry type of a value entry as a code: 0 = blank (capacity), then BC's option order. */
export const VALUE_ENTRY_ILE_TYPES: readonly ValueEntryItemLedgerEntryType[] = ['', ...ITEM_LEDGER_ENTRY_TYPES];

/** Option columns store the index into these arrays (model/options.ts order). */
export const OPTION_CODES = {
  itemLedgerEntryType: VALUE_ENTRY_ILE_TYPES,
  entryType: VALUE_ENTRY_TYPES,
  varianceType: VARIANCE_TYPES,
  orderType: ORDER_TYPES,
  sourceType: SOURCE_TYPES,
} as const;

export type TypedColumn = Float64Array | Int32Array | Uint32Array | Uint8Array;

/**
 * Whole numbers (entry nos., money in minor units): an Int32Array when every value fits in 32 bits (columns
 * read from storage, half the bytes to fill and scan), otherwise a Float64Array. Hot loops see one of the two
 * per dataset.
 */
export type WholeColumn = Float64Array | Int32Array;

/** A table: same-length typed arrays plus its row count. */
export interface ColumnTable {
  length: number;
}

export interface ValueEntryColumns extends ColumnTable {
  entryNo: WholeColumn;
  /** dictionaries.items */
  itemNo: Uint32Array;
  /** Day number (dates.dayIndex). */
  postingDate: Int32Array;
  /** OPTION_CODES.itemLedgerEntryType */
  itemLedgerEntryType: Uint8Array;
  /** OPTION_CODES.entryType */
  entryType: Uint8Array;
  /** OPTION_CODES.varianceType */
  varianceType: Uint8Array;
  /** OPTION_CODES.orderType */
  orderType: Uint8Array;
  /** OPTION_CODES.sourceType */
  sourceType: Uint8Array;
  /** dictionaries.sourceNos */
  sourceNo: Uint32Array;
  /** dictionaries.locations */
  locationCode: Uint32Array;
  /** dictionaries.inventoryPostingGroups */
  inventoryPostingGroup: Uint32Array;
  /** dictionaries.genBusPostingGroups */
  genBusPostingGroup: Uint32Array;
  /** dictionaries.genProdPostingGroups */
  genProdPostingGroup: Uint32Array;
  costAmountActual: WholeColumn;
  costAmountExpected: WholeColumn;
  costPostedToGL: WholeColumn;
  expectedCostPostedToGL: WholeColumn;
}

export interface GLEntryColumns extends ColumnTable {
  entryNo: WholeColumn;
  /** dictionaries.glAccounts */
  glAccountNo: Uint32Array;
  /** Day number; with closingDate = 1 the entry is on the closing date C(day). */
  postingDate: Int32Array;
  closingDate: Uint8Array;
  dateCompressed: Uint8Array;
  amount: WholeColumn;
}

export interface RelationColumns extends ColumnTable {
  glEntryNo: WholeColumn;
  valueEntryNo: WholeColumn;
  /** NaN when the relation carries no amount (imported from BC). */
  amount: WholeColumn;
}

export interface LedgerDictionaries {
  items: CodeDictionary;
  locations: CodeDictionary;
  inventoryPostingGroups: CodeDictionary;
  genBusPostingGroups: CodeDictionary;
  genProdPostingGroups: CodeDictionary;
  /** Source No. of value entries (vendors, customers, items). */
  sourceNos: CodeDictionary;
  glAccounts: CodeDictionary;
}

export interface LedgerColumns {
  /** Decimals of the amount precision: amounts are integers in units of 10^-scale. */
  scale: number;
  dictionaries: LedgerDictionaries;
  valueEntries: ValueEntryColumns;
  glEntries: GLEntryColumns;
  relations: RelationColumns;
}

export function emptyDictionaries(): LedgerDictionaries {
  return {
    items: new CodeDictionary(),
    locations: new CodeDictionary(),
    inventoryPostingGroups: new CodeDictionary(),
    genBusPostingGroups: new CodeDictionary(),
    genProdPostingGroups: new CodeDictionary(),
    sourceNos: new CodeDictionary(),
    glAccounts: new CodeDictionary(),
  };
}

/** Zero-filled value entry columns for `n` rows (a generator fills them in place). */
export function allocateValueEntryColumns(n: number): ValueEntryColumns {
  return {
    length: n,
    entryNo: new Float64Array(n),
    itemNo: new Uint32Array(n),
    postingDate: new Int32Array(n),
    itemLedgerEntryType: new Uint8Array(n),
    entryType: new Uint8Array(n),
    varianceType: new Uint8Array(n),
    orderType: new Uint8Array(n),
    sourceType: new Uint8Array(n),
    sourceNo: new Uint32Array(n),
    locationCode: new Uint32Array(n),
    inventoryPostingGroup: new Uint32Array(n),
    genBusPostingGroup: new Uint32Array(n),
    genProdPostingGroup: new Uint32Array(n),
    costAmountActual: new Float64Array(n),
    costAmountExpected: new Float64Array(n),
    costPostedToGL: new Float64Array(n),
    expectedCostPostedToGL: new Float64Array(n),
  };
}

export function allocateGLEntryColumns(n: number): GLEntryColumns {
  return {
    length: n,
    entryNo: new Float64Array(n),
    glAccountNo: new Uint32Array(n),
    postingDate: new Int32Array(n),
    closingDate: new Uint8Array(n),
    dateCompressed: new Uint8Array(n),
    amount: new Float64Array(n),
  };
}

export function allocateRelationColumns(n: number): RelationColumns {
  return {
    length: n,
    glEntryNo: new Float64Array(n),
    valueEntryNo: new Float64Array(n),
    amount: new Float64Array(n).fill(Number.NaN),
  };
}

function isTypedColumn(v: unknown): v is TypedColumn {
  return ArrayBuffer.isView(v);
}

/** Rows [start, end) of a column table; the arrays are views (subarray), not copies. */
export function sliceColumnTable<T extends ColumnTable>(table: T, start: number, end: number): T {
  const out: Record<string, unknown> = { length: end - start };
  for (const [k, v] of Object.entries(table)) if (isTypedColumn(v)) out[k] = v.subarray(start, end);
  return out as unknown as T;
}

/** Concatenates chunks of one table (same columns) into one table. */
export function concatColumnTables<T extends ColumnTable>(chunks: readonly T[], empty: T): T {
  const length = chunks.reduce((n, c) => n + c.length, 0);
  const out: Record<string, unknown> = { length };
  for (const [k, v] of Object.entries(empty)) {
    if (!isTypedColumn(v)) continue;
    const Ctor = v.constructor as new (n: number) => TypedColumn;
    const col = new Ctor(length);
    let at = 0;
    for (const c of chunks) {
      const part = (c as unknown as Record<string, TypedColumn>)[k]!;
      col.set(part, at);
      at += c.length;
    }
    out[k] = col;
  }
  return out as unknown as T;
}
