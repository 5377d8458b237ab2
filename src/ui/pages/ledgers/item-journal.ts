// The item journal's form as plain data, and the transaction it posts (scenario-format.md actions).
import type { ItemTransactionAction } from '../../../core/costing';

export type JournalKind =
  'purchase' | 'sale' | 'positiveAdjmt' | 'negativeAdjmt' | 'transfer' | 'revaluation' | 'itemCharge';

export const JOURNAL_KINDS: readonly JournalKind[] = [
  'purchase',
  'sale',
  'positiveAdjmt',
  'negativeAdjmt',
  'transfer',
  'revaluation',
  'itemCharge',
];

export interface JournalForm {
  kind: JournalKind;
  postingDate: string;
  documentNo: string;
  itemNo: string;
  locationCode: string;
  toLocation: string;
  genBusPostingGroup: string;
  quantity: string;
  /** Direct unit cost (purchase), unit price (sale), unit cost (adjustment), new unit cost (revaluation). */
  unitAmount: string;
  /** Item charge amount. */
  amount: string;
  appliesToEntry: string;
  receive: boolean;
  invoice: boolean;
}

/** Which fields the form shows for a kind. */
export function fieldsOf(kind: JournalKind): ReadonlySet<keyof JournalForm> {
  switch (kind) {
    case 'purchase':
    case 'sale':
      return new Set([
        'itemNo',
        'locationCode',
        'genBusPostingGroup',
        'quantity',
        'unitAmount',
        'receive',
        'invoice',
        'appliesToEntry',
      ]);
    case 'positiveAdjmt':
    case 'negativeAdjmt':
      return new Set(['itemNo', 'locationCode', 'quantity', 'unitAmount', 'appliesToEntry']);
    case 'transfer':
      return new Set(['itemNo', 'locationCode', 'toLocation', 'quantity']);
    case 'revaluation':
      return new Set(['itemNo', 'appliesToEntry', 'unitAmount']);
    case 'itemCharge':
      return new Set(['appliesToEntry', 'amount', 'genBusPostingGroup']);
  }
}

function entryNo(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null; // allow-number: an entry no., not money
}

/** The transaction the form describes; amounts stay the strings the user typed. */
export function actionOf(f: JournalForm): ItemTransactionAction {
  const common = { postingDate: f.postingDate, documentNo: f.documentNo.trim() };
  const applies = entryNo(f.appliesToEntry);
  const unit = f.unitAmount.trim();
  switch (f.kind) {
    case 'purchase':
      return {
        ...common,
        action: 'purchase',
        itemNo: f.itemNo,
        locationCode: f.locationCode,
        genBusPostingGroup: f.genBusPostingGroup,
        quantity: f.quantity.trim(),
        directUnitCost: unit,
        receive: f.receive,
        invoice: f.invoice,
        ...(applies === null ? {} : { appliesToEntry: applies }),
      };
    case 'sale':
      return {
        ...common,
        action: 'sale',
        itemNo: f.itemNo,
        locationCode: f.locationCode,
        genBusPostingGroup: f.genBusPostingGroup,
        quantity: f.quantity.trim(),
        ...(unit === '' ? {} : { unitPrice: unit }),
        ship: f.receive,
        invoice: f.invoice,
        ...(applies === null ? {} : { appliesToEntry: applies }),
      };
    case 'positiveAdjmt':
    case 'negativeAdjmt':
      return {
        ...common,
        action: f.kind,
        itemNo: f.itemNo,
        locationCode: f.locationCode,
        quantity: f.quantity.trim(),
        ...(unit === '' ? {} : { unitCost: unit }),
        ...(applies === null ? {} : { appliesToEntry: applies }),
      };
    case 'transfer':
      return {
        ...common,
        action: 'transfer',
        itemNo: f.itemNo,
        fromLocation: f.locationCode,
        toLocation: f.toLocation,
        quantity: f.quantity.trim(),
      };
    case 'revaluation':
      return {
        ...common,
        action: 'revaluation',
        itemNo: f.itemNo,
        newUnitCost: unit,
        ...(applies === null ? {} : { appliesToEntry: applies }),
      };
    case 'itemCharge':
      return {
        ...common,
        action: 'itemCharge',
        appliesToEntry: applies ?? 0,
        amount: f.amount.trim(),
        genBusPostingGroup: f.genBusPostingGroup,
      };
  }
}
