// Why the batch job skipped a value entry, in the UI language: one exhaustive switch over the problem codes
// (a new code fails the typecheck here). Codes that never skip an entry have no help of their own.
import type { ProblemCode } from '../../core/problems';
import type { Locale } from './catalogues';
import { problemTitle } from './problem-titles';

function help(code: ProblemCode): readonly [en: string, sv: string] | null {
  switch (code) {
    case 'posting-combination-not-allowed':
      return [
        'This item ledger entry type cannot carry this entry type; the entry cannot post.',
        'Den här artikeltransaktionstypen kan inte ha den här transaktionstypen; transaktionen kan inte bokföras.',
      ];
    case 'expected-cost-on-wrong-entry-type':
      return [
        'Only Direct Cost entries carry expected cost.',
        'Bara transaktioner av typen Direkt kostnad har förväntad kostnad.',
      ];
    case 'variance-type-not-allowed':
      return ['This variance type does not fit the entry.', 'Avvikelsetypen passar inte transaktionen.'];
    case 'missing-inventory-posting-setup':
      return [
        'Add an Inventory Posting Setup row for the location and inventory posting group.',
        'Lägg till en rad i Lagerbokföringsinställningar för lagerstället och lagerbokföringsmallen.',
      ];
    case 'missing-general-posting-setup':
      return [
        'Add a General Posting Setup row for the general business and product posting groups.',
        'Lägg till en rad i Bokföringsinställningar för rörelse- och produktbokföringsmallen.',
      ];
    case 'general-posting-setup-blocked':
      return ['Unblock the General Posting Setup row.', 'Ta bort spärren på raden i Bokföringsinställningar.'];
    case 'missing-account':
      return ['Fill in the account the setup field names.', 'Fyll i kontot som inställningsfältet anger.'];
    case 'unknown-gl-account':
      return ['Create the G/L account or correct the setup.', 'Skapa redovisningskontot eller rätta inställningen.'];
    case 'gl-account-blocked':
      return ['Unblock the G/L account.', 'Ta bort spärren på redovisningskontot.'];
    case 'gl-account-not-posting':
      return ['Use an account of type Posting.', 'Använd ett konto av typen Bokföring.'];
    case 'posting-date-not-allowed':
      return [
        'Widen Allow Posting From/To in the General Ledger Setup.',
        'Vidga Tillåt bokföring från/till i Redovisningsinställningar.',
      ];
    case 'expected-cost-not-posted':
      return [
        'Expected Cost Posting to G/L is off: invoice the entry, or turn the setting on.',
        'Bokför förväntad kostnad i redovisning är av: fakturera transaktionen eller slå på inställningen.',
      ];
    case 'nothing-to-post':
      return ['The entry has no unposted cost.', 'Transaktionen har ingen obokförd kostnad.'];
    case 'dimension-value-required':
      return ['Add the required dimension value.', 'Lägg till det obligatoriska dimensionsvärdet.'];
    case 'dimension-value-mismatch':
      return ['Use the dimension value the account requires.', 'Använd dimensionsvärdet som kontot kräver.'];
    case 'dimension-not-allowed':
      return ['Remove the dimension the account does not allow.', 'Ta bort dimensionen som kontot inte tillåter.'];
    case 'document-no-required':
    case 'document-no-not-allowed':
    case 'gl-journal-not-balanced':
    case 'unknown-item':
    case 'unknown-location':
    case 'insufficient-quantity':
    case 'applies-to-entry-invalid':
    case 'costing-method-needs-applies-to':
    case 'quantity-exceeds-open-quantity':
    case 'json-syntax-error':
    case 'format-unknown':
    case 'format-version-too-new':
    case 'file-empty':
    case 'table-unknown':
    case 'table-ambiguous':
    case 'csv-column-count':
    case 'field-required':
    case 'field-unknown':
    case 'option-invalid':
    case 'amount-invalid':
    case 'amount-too-precise':
    case 'quantity-invalid':
    case 'date-invalid':
    case 'boolean-invalid':
    case 'code-too-long':
    case 'entry-no-invalid':
    case 'duplicate-entry-no':
    case 'duplicate-key':
    case 'reference-unknown':
    case 'item-unknown-kept':
    case 'value-invalid':
    case 'csv-syntax-error':
    case 'column-duplicate':
    case 'zip-invalid':
    case 'too-many-problems':
    case 'storage-quota-exceeded':
    case 'storage-unavailable':
    case 'database-newer-than-app':
    case 'dataset-not-found':
    case 'operation-cancelled':
      return null;
  }
}

/** Title and help of a skip reason; the engine's own hint when the code has no help here. */
export function skipReason(code: ProblemCode, locale: Locale, engineHint?: string): { title: string; help: string } {
  const pair = help(code);
  return { title: problemTitle(code, locale), help: pair ? pair[locale === 'sv' ? 1 : 0] : (engineHint ?? '') };
}
