// Date helpers.
export * from './dates';
