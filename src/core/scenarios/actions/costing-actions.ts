// Item transaction actions of scenarios (purchase … adjustCost), registered by the costing helper.
//
// Handler contract (see ../types.ts): `(state, step) => StepOutcome`.
// - Read `state.dataset` (never mutate it), `state.workDate` and `state.ids` (action id → the item
//   ledger entry no. that action created; the runner records the first new item ledger entry of a
//   step with an `id` unless the handler already set it, e.g. a `purchaseInvoice` finds its receipt
//   through `state.ids.get(step.of)`).
// - Return `{ changes }` (a DatasetChanges, automatic cost posting and automatic cost adjustment
//   included); the runner applies it with applyDatasetChanges and checks `expect` against the
//   entries whose entry nos. are new.
// - Refuse with `{ problems }` (codes in check order); nothing is applied then. A malformed step
//   (missing field) is refused too: use StepFields from ./step-fields.
// - Throw only for a bug: the runner reports "crashed" and stops the scenario.
// Every action listed here turns scenarios using it from TODO into PASS/FAIL.
import type { ActionRegistry } from '../types';

export const costingActions: ActionRegistry = {};
