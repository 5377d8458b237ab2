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
import { adjustCostItemEntries, postItemTransaction, type ItemTransactionAction } from '../../costing';
import { problem } from '../../problems';
import type { ActionHandler, ActionRegistry, ScenarioState, ScenarioStep, StepOutcome } from '../types';
import { StepFields } from './step-fields';

/** An entry-number field: a number, or (for `of`/`to`) the id of an earlier step. */
function entryRef(fields: StepFields, state: ScenarioState, field: string, required: boolean): number | null {
  const value = fields.raw(field);
  if (value === undefined || value === null) {
    if (required) fields.problems.push(problem('field-required', `needs ${field}`, { field }));
    return null;
  }
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && state.ids.has(value)) return state.ids.get(value)!;
  fields.problems.push(
    problem('value-invalid', `${field} must be an entry no. or the id of an earlier step`, {
      field,
      value: JSON.stringify(value),
    }),
  );
  return null;
}

function common(f: StepFields) {
  const dims = f.optionalObject('dimensions') as Record<string, string> | undefined;
  const sourceNo = f.optionalString('sourceNo');
  return {
    postingDate: f.string('postingDate'),
    documentNo: f.string('documentNo'),
    ...(dims ? { dimensions: dims } : {}),
    ...(sourceNo !== undefined ? { sourceNo } : {}),
  };
}

/** Builds the engine's action from a step; undefined fields stay out. */
function toAction(step: ScenarioStep, state: ScenarioState, f: StepFields): ItemTransactionAction {
  const opt = (name: string) => f.optionalString(name);
  const strip = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  switch (step.action) {
    case 'purchase':
    case 'purchaseReturn':
      return strip({
        action: step.action,
        ...common(f),
        itemNo: f.string('itemNo'),
        locationCode: opt('locationCode'),
        genBusPostingGroup: opt('genBusPostingGroup'),
        quantity: f.string('quantity'),
        directUnitCost: f.string('directUnitCost'),
        indirectCostPercent: opt('indirectCostPercent'),
        overheadRate: opt('overheadRate'),
        receive: f.optionalBoolean('receive') ?? true,
        invoice: f.optionalBoolean('invoice') ?? false,
        appliesToEntry: entryRef(f, state, 'appliesToEntry', false),
      });
    case 'purchaseInvoice':
      return strip({
        action: 'purchaseInvoice',
        ...common(f),
        of: entryRef(f, state, 'of', true) ?? 0,
        quantity: f.string('quantity'),
        directUnitCost: f.string('directUnitCost'),
        indirectCostPercent: opt('indirectCostPercent'),
        overheadRate: opt('overheadRate'),
      });
    case 'itemCharge': {
      const target =
        f.raw('appliesToEntry') !== undefined
          ? entryRef(f, state, 'appliesToEntry', true)
          : entryRef(f, state, 'to', true);
      return strip({
        action: 'itemCharge',
        ...common(f),
        appliesToEntry: target ?? 0,
        amount: f.string('amount'),
        genBusPostingGroup: opt('genBusPostingGroup'),
        itemChargeNo: opt('itemChargeNo'),
      });
    }
    case 'sale':
    case 'salesReturn':
      return strip({
        action: step.action,
        ...common(f),
        itemNo: f.string('itemNo'),
        locationCode: opt('locationCode'),
        genBusPostingGroup: opt('genBusPostingGroup'),
        quantity: f.string('quantity'),
        unitPrice: opt('unitPrice'),
        ship: f.optionalBoolean('ship') ?? true,
        invoice: f.optionalBoolean('invoice') ?? false,
        appliesToEntry: entryRef(f, state, 'appliesToEntry', false),
        appliesFromEntry: entryRef(f, state, 'appliesFromEntry', false),
      });
    case 'saleInvoice':
      return strip({
        action: 'saleInvoice',
        ...common(f),
        of: entryRef(f, state, 'of', true) ?? 0,
        quantity: f.string('quantity'),
        unitPrice: opt('unitPrice'),
      });
    case 'positiveAdjmt':
    case 'negativeAdjmt':
      return strip({
        action: step.action,
        ...common(f),
        itemNo: f.string('itemNo'),
        locationCode: opt('locationCode'),
        quantity: f.string('quantity'),
        unitCost: opt('unitCost'),
        appliesToEntry: entryRef(f, state, 'appliesToEntry', false),
      });
    case 'transfer':
      return strip({
        action: 'transfer',
        ...common(f),
        itemNo: f.string('itemNo'),
        fromLocation: f.string('fromLocation'),
        toLocation: f.string('toLocation'),
        quantity: f.string('quantity'),
      });
    case 'revaluation':
      return strip({
        action: 'revaluation',
        ...common(f),
        itemNo: f.string('itemNo'),
        appliesToEntry: entryRef(f, state, 'appliesToEntry', false),
        newUnitCost: f.string('newUnitCost'),
      });
    case 'consumption':
      return strip({
        action: 'consumption',
        ...common(f),
        productionOrderNo: f.string('productionOrderNo'),
        sourceItemNo: f.string('sourceItemNo'),
        itemNo: f.string('itemNo'),
        locationCode: opt('locationCode'),
        quantity: f.string('quantity'),
      });
    case 'capacity':
      return strip({
        action: 'capacity',
        ...common(f),
        productionOrderNo: f.string('productionOrderNo'),
        sourceItemNo: f.string('sourceItemNo'),
        directCost: f.string('directCost'),
        indirectCost: opt('indirectCost'),
      });
    case 'output':
      return strip({
        action: 'output',
        ...common(f),
        productionOrderNo: f.string('productionOrderNo'),
        itemNo: f.string('itemNo'),
        locationCode: opt('locationCode'),
        quantity: f.string('quantity'),
      });
    default:
      return {
        action: 'finishProductionOrder',
        postingDate: f.string('postingDate'),
        productionOrderNo: f.string('productionOrderNo'),
      };
  }
}

const transaction: ActionHandler = (state, step): StepOutcome => {
  const f = new StepFields(step);
  const action = toAction(step, state, f);
  if (f.problems.length > 0) return { problems: f.problems };
  const r = postItemTransaction(state.dataset, action, { workDate: state.workDate });
  return r.ok ? { changes: r.value } : { problems: r.problems };
};

const adjustCost: ActionHandler = (state, step): StepOutcome => {
  const f = new StepFields(step);
  const raw = f.raw('itemNos');
  const itemNos = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : undefined;
  const r = adjustCostItemEntries(state.dataset, itemNos ? { itemNos } : {});
  return r.ok ? { changes: r.value } : { problems: r.problems };
};

const TRANSACTION_ACTIONS = [
  'purchase',
  'purchaseInvoice',
  'purchaseReturn',
  'itemCharge',
  'sale',
  'saleInvoice',
  'salesReturn',
  'positiveAdjmt',
  'negativeAdjmt',
  'transfer',
  'revaluation',
  'consumption',
  'capacity',
  'output',
  'finishProductionOrder',
] as const;

export const costingActions: ActionRegistry = {
  ...Object.fromEntries(TRANSACTION_ACTIONS.map((name) => [name, transaction])),
  adjustCost,
};
