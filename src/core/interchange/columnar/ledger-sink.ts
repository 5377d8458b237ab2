// The columnar side of a CSV import: ledger records go to a sink (column chunk builders) as they
// are read, instead of one retained object per entry in a Dataset (issue 6).
import type { DimensionSet } from '../../model';

/** Ledger tables a sink takes (the setup tables stay as records). */
export const SINK_TABLES = [
  'itemLedgerEntries',
  'itemApplicationEntries',
  'valueEntries',
  'glEntries',
  'glItemLedgerRelations',
] as const;
export type SinkTableName = (typeof SINK_TABLES)[number];

export function isSinkTable(table: string): table is SinkTableName {
  return (SINK_TABLES as readonly string[]).includes(table);
}

export interface SinkScales {
  amountScale: number;
  unitAmountScale: number;
}

/** Where a columnar read puts ledger records; it reads them back for the dataset-wide checks. */
export interface LedgerSink {
  /** Takes one complete record (BC's defaults filled in); the record is not kept. */
  add(table: SinkTableName, record: Readonly<Record<string, unknown>>, scales: SinkScales): void;
  count(table: SinkTableName): number;
  /** The value `field` of record `index` had when added. */
  value(table: SinkTableName, index: number, field: string): unknown;
  /**
   * Whole columns for the dataset checks, when the sink keeps them (undefined for a field it does not):
   * an entry-no. field's numbers in row order (NaN = null), a code field's dictionary codes and strings.
   */
  entryNoColumn?(table: SinkTableName, field: string): Float64Array | undefined;
  codeColumn?(table: SinkTableName, field: string): CodeColumn | undefined;
}

export interface CodeColumn {
  codes: Uint32Array;
  strings: readonly string[];
}

/**
 * A sink that also takes rows already encoded as cells (the CSV fast lane, row-encoder.ts), so a
 * plain row costs no record object. A cell per field kind:
 * - entry nos. and references: the integer (NaN for a null reference);
 * - amounts at the amount precision, unit amounts at the unit-amount precision, quantities at 5
 *   decimals: exact integer minor units (NaN for a null amount);
 * - dates: dayIndex (days since 1970-01-01); booleans: 1 or 0;
 * - codes, options and text: code(text); a dimension set: codeDimensionSet(set).
 */
export interface EncodedLedgerSink extends LedgerSink {
  /** The fields of `table` in the order addEncoded takes their cells. */
  encodedFields(table: SinkTableName): readonly string[];
  /** The dictionary index of a string, added when new. */
  code(text: string): number;
  codeDimensionSet(set: DimensionSet): number;
  /** Takes one record as cells (copied; the array is reused by the caller). */
  addEncoded(table: SinkTableName, cells: Float64Array, scales: SinkScales): void;
}

export function takesEncodedRows(sink: LedgerSink): sink is EncodedLedgerSink {
  return 'addEncoded' in sink;
}
