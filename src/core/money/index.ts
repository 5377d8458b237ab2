// Money: decimal.js at the edges, integer minor units in hot loops.
export * from './decimal';
export * from './minor-units';
