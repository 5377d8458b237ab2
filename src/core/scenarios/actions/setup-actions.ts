// Scenario actions that edit setup: setSetup, upsertRecords, deleteRecords (src/core/setup).
import { deleteRecords, setSetup, upsertRecords, type SetupPatch } from '../../setup';
import type { ActionRegistry, StepOutcome } from '../types';
import { StepFields } from './step-fields';
import type { Dataset } from '../../model';
import type { Result } from '../../problems';

function toOutcome(fields: StepFields, result: () => Result<Dataset>): StepOutcome {
  if (fields.problems.length > 0) return { problems: fields.problems };
  const r = result();
  return r.ok ? { dataset: r.value } : { problems: r.problems };
}

export const setupActions: ActionRegistry = {
  setSetup: (state, step) => {
    const fields = new StepFields(step);
    const patch: SetupPatch = {};
    const inventorySetup = fields.optionalObject('inventorySetup');
    const generalLedgerSetup = fields.optionalObject('generalLedgerSetup');
    if (inventorySetup) patch.inventorySetup = inventorySetup;
    if (generalLedgerSetup) patch.generalLedgerSetup = generalLedgerSetup;
    return toOutcome(fields, () => setSetup(state.dataset, patch));
  },
  upsertRecords: (state, step) => {
    const fields = new StepFields(step);
    const table = fields.string('table');
    const records = fields.list('records');
    return toOutcome(fields, () => upsertRecords(state.dataset, table, records));
  },
  deleteRecords: (state, step) => {
    const fields = new StepFields(step);
    const table = fields.string('table');
    const keys = fields.list('keys');
    return toOutcome(fields, () => deleteRecords(state.dataset, table, keys));
  },
};
