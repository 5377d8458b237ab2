// Columnar CSV import: ledger records streamed into a sink instead of Dataset arrays.
export {
  isSinkTable,
  SINK_TABLES,
  takesEncodedRows,
  type CodeColumn,
  type EncodedLedgerSink,
  type LedgerSink,
  type SinkScales,
  type SinkTableName,
} from './ledger-sink';
export { SinkRows } from './sink-rows';
export { RowEncoder } from './row-encoder';
