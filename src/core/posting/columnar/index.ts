// The columnar posting path (per posting group over value-entry column chunks).
export * from './entry-columns';
export * from './post-columnar';
export { rowLocator, rowsInReadOrder } from './read-order';
