// The Costbook model: types only, plus the change-set helpers.
export * from './options';
export * from './setup';
export * from './ledgers';
export * from './dataset';
export * from './changes';
export * from './defaults';
