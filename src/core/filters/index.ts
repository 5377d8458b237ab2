// Filters in BC's syntax (subset).
export * from './date-filter';
export * from './code-filter';
