// Problems and results.
export * from './codes';
export * from './problem';
