// How each field of each ledger table is stored in a column chunk. Every field of the model is
// listed (test/storage/column-specs.test.ts checks this against the model's defaults).
import type { LedgerTableName } from './records';

export type ColumnKind =
  | 'int' // Float64Array: entry nos. and references
  | 'intOrNull' // Float64Array, NaN = null
  | 'amount' // Float64Array: minor units at the amount precision
  | 'amountOrNull' // Float64Array, NaN = null
  | 'unitAmount' // Float64Array: minor units at the unit-amount precision
  | 'quantity' // Float64Array: minor units at 5 decimals
  | 'date' // Int32Array: day number
  | 'bool' // Uint8Array
  | 'string' // Uint32Array: index into the dataset's dictionary (codes, options, text)
  | 'dimensions'; // Uint32Array: dictionary index of the set's canonical text

export interface ColumnSpec {
  field: string;
  kind: ColumnKind;
}

const c = (field: string, kind: ColumnKind): ColumnSpec => ({ field, kind });

export const COLUMN_SPECS: Record<LedgerTableName, readonly ColumnSpec[]> = {
  itemLedgerEntries: [
    c('entryNo', 'int'),
    c('itemNo', 'string'),
    c('postingDate', 'date'),
    c('entryType', 'string'),
    c('documentNo', 'string'),
    c('locationCode', 'string'),
    c('quantity', 'quantity'),
    c('invoicedQuantity', 'quantity'),
    c('remainingQuantity', 'quantity'),
    c('open', 'bool'),
    c('positive', 'bool'),
    c('appliesToEntry', 'intOrNull'),
    c('orderType', 'string'),
    c('orderNo', 'string'),
  ],
  itemApplicationEntries: [
    c('entryNo', 'int'),
    c('itemLedgerEntryNo', 'int'),
    c('inboundItemEntryNo', 'int'),
    c('outboundItemEntryNo', 'int'),
    c('quantity', 'quantity'),
  ],
  valueEntries: [
    c('entryNo', 'int'),
    c('itemLedgerEntryNo', 'int'),
    c('itemNo', 'string'),
    c('postingDate', 'date'),
    c('valuationDate', 'date'),
    c('itemLedgerEntryType', 'string'),
    c('entryType', 'string'),
    c('documentNo', 'string'),
    c('locationCode', 'string'),
    c('inventoryPostingGroup', 'string'),
    c('genBusPostingGroup', 'string'),
    c('genProdPostingGroup', 'string'),
    c('itemLedgerEntryQuantity', 'quantity'),
    c('invoicedQuantity', 'quantity'),
    c('costPerUnit', 'unitAmount'),
    c('costAmountActual', 'amount'),
    c('costAmountExpected', 'amount'),
    c('costPostedToGL', 'amount'),
    c('expectedCostPostedToGL', 'amount'),
    c('salesAmountActual', 'amount'),
    c('adjustment', 'bool'),
    c('expectedCost', 'bool'),
    c('sourceType', 'string'),
    c('sourceNo', 'string'),
    c('orderType', 'string'),
    c('orderNo', 'string'),
    c('varianceType', 'string'),
    c('itemChargeNo', 'string'),
    c('externalDocumentNo', 'string'),
    c('inventoriable', 'bool'),
    c('dimensions', 'dimensions'),
  ],
  glEntries: [
    c('entryNo', 'int'),
    c('glAccountNo', 'string'),
    c('postingDate', 'date'),
    c('documentNo', 'string'),
    c('description', 'string'),
    c('amount', 'amount'),
    c('sourceCode', 'string'),
    c('closingDate', 'bool'),
    c('dateCompressed', 'bool'),
    c('dimensions', 'dimensions'),
  ],
  glItemLedgerRelations: [c('glEntryNo', 'int'), c('valueEntryNo', 'int'), c('amount', 'amountOrNull')],
};

/** The field a chunk's entry-no. range summarises. */
export const ENTRY_NO_FIELD: Record<LedgerTableName, string> = {
  itemLedgerEntries: 'entryNo',
  itemApplicationEntries: 'entryNo',
  valueEntries: 'entryNo',
  glEntries: 'entryNo',
  glItemLedgerRelations: 'glEntryNo',
};

/** The field a chunk's date range summarises (none for tables without a posting date). */
export const DATE_FIELD: Record<LedgerTableName, string | null> = {
  itemLedgerEntries: 'postingDate',
  itemApplicationEntries: null,
  valueEntries: 'postingDate',
  glEntries: 'postingDate',
  glItemLedgerRelations: null,
};

/** Rows per chunk: big enough for fast bulk reads, small enough that an append rewrites little. */
export const CHUNK_ROWS = 50_000;
