// Columnar CSV import: ledger records streamed into a sink instead of Dataset arrays.
export { isSinkTable, SINK_TABLES, type LedgerSink, type SinkScales, type SinkTableName } from './ledger-sink';
export { SinkRows } from './sink-rows';
