// Field and table descriptions that drive validation, CSV headers and canonical export.
export type FieldKind =
  | 'entryNo' // integer ≥ 1, the record's own entry no.
  | 'entryRef' // integer ≥ 0 naming another entry (0 = none)
  | 'entryRefOrNull' // integer ≥ 1 or null (appliesToEntry)
  | 'code'
  | 'text'
  | 'amount' // at most the amount precision
  | 'amountOrNull'
  | 'unitAmount' // at most the unit-amount precision
  | 'quantity' // at most 5 decimals (also percent)
  | 'precision' // a rounding precision such as 0.01
  | 'date'
  | 'dateOrNull'
  | 'boolean'
  | 'option'
  | 'dimensions' // dimension code → value code
  | 'codeList'; // list of codes (dimension values)

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Business Central's English captions (first is the caption); matched case-insensitively. */
  captions: readonly string[];
  /** Must be present; `allowBlank` lets a required code be "" (the blank location, blank bus. group). */
  required?: boolean;
  allowBlank?: boolean;
  options?: readonly string[];
  maxLength?: number;
}

export type SingleTableName = 'dataset' | 'generalLedgerSetup' | 'inventorySetup';

export interface TableSpec {
  /** The dataset key (`valueEntries`) or a single-record name. */
  name: string;
  /** CSV file name without extension (`value-entries`). */
  file: string;
  fields: readonly FieldSpec[];
  /** Key fields (`entryNo`, or the setup keys). */
  keys: readonly string[];
  single?: boolean;
}
