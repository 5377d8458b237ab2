// All action handlers the runner knows, by action name.
import type { ActionRegistry } from './types';
import { costingActions } from './actions/costing-actions';
import { postingActions } from './actions/posting-actions';
import { reconciliationActions } from './actions/reconciliation-actions';
import { setupActions } from './actions/setup-actions';

export const defaultActions: ActionRegistry = {
  ...setupActions,
  ...postingActions,
  ...reconciliationActions,
  ...costingActions,
};
