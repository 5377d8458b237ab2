// Columnar ledgers: typed-array tables with shared code dictionaries (architecture.md "columnar chunks").
export * from './code-dictionary';
export * from './ledger-columns';
export * from './build-ledger-columns';
export * from './entry-index';
