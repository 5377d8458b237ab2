// The columnar side of a CSV import: ledger records go to a sink (column chunk builders) as they
// are read, instead of one retained object per entry in a Dataset (issue 6).

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
}
