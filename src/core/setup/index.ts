// Setup editing as pure functions (used by the app's setup pages and the scenario runner).
export * from './setup-edits';
export * from './table-records';
