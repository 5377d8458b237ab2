// The scenario runner: parse a scenario file, run its steps, compare each step's results.
export * from './types';
export * from './action-names';
export * from './parse-scenario';
export * from './run-scenario';
export * from './run-step';
export * from './format-report';
export { defaultActions } from './registry';
export { StepFields } from './actions/step-fields';
