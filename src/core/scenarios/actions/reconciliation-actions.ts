// Scenario action `reconcile` (scenario-format.md): the matrix and causes under the step's filters.
import { reconcile, type ReconciliationFilters } from '../../reconciliation';
import type { ActionRegistry } from '../types';
import { StepFields } from './step-fields';

export const reconciliationActions: ActionRegistry = {
  reconcile: (state, step) => {
    const fields = new StepFields(step);
    const filters: ReconciliationFilters = {};
    const dateFilter = fields.optionalString('dateFilter');
    const itemFilter = fields.optionalString('itemFilter');
    const locationFilter = fields.optionalString('locationFilter');
    if (dateFilter !== undefined) filters.dateFilter = dateFilter;
    if (itemFilter !== undefined) filters.itemFilter = itemFilter;
    if (locationFilter !== undefined) filters.locationFilter = locationFilter;
    if (fields.problems.length > 0) return { problems: fields.problems };
    const result = reconcile(state.dataset, filters);
    return result.ok ? { matrix: result.value } : { problems: result.problems };
  },
};
