// A short title for every problem code, in English and Swedish: one exhaustive switch, so a new
// code in core/problems fails the typecheck until it has a title here.
import type { ProblemCode } from '../../core/problems';
import type { Locale } from './catalogues';

function titles(code: ProblemCode): readonly [en: string, sv: string] {
  switch (code) {
    case 'posting-combination-not-allowed':
      return ['Posting combination not allowed', 'Bokföringskombinationen är inte tillåten'];
    case 'expected-cost-on-wrong-entry-type':
      return ['Expected cost on the wrong entry type', 'Förväntad kostnad på fel transaktionstyp'];
    case 'variance-type-not-allowed':
      return ['Variance type not allowed', 'Avvikelsetypen är inte tillåten'];
    case 'missing-inventory-posting-setup':
      return ['Inventory Posting Setup missing', 'Lagerbokföringsinställning saknas'];
    case 'missing-general-posting-setup':
      return ['General Posting Setup missing', 'Bokföringsinställning saknas'];
    case 'general-posting-setup-blocked':
      return ['General Posting Setup blocked', 'Bokföringsinställningen är spärrad'];
    case 'missing-account':
      return ['Account missing in the setup', 'Konto saknas i inställningen'];
    case 'unknown-gl-account':
      return ['Unknown G/L account', 'Okänt redovisningskonto'];
    case 'gl-account-blocked':
      return ['G/L account blocked', 'Redovisningskontot är spärrat'];
    case 'gl-account-not-posting':
      return ['G/L account is not a posting account', 'Redovisningskontot är inte ett bokföringskonto'];
    case 'posting-date-not-allowed':
      return ['Posting date not allowed', 'Bokföringsdatumet är inte tillåtet'];
    case 'expected-cost-not-posted':
      return ['Expected cost not posted', 'Förväntad kostnad bokförs inte'];
    case 'nothing-to-post':
      return ['Nothing to post', 'Inget att bokföra'];
    case 'dimension-value-required':
      return ['Dimension value required', 'Dimensionsvärde krävs'];
    case 'dimension-value-mismatch':
      return ['Wrong dimension value', 'Fel dimensionsvärde'];
    case 'dimension-not-allowed':
      return ['Dimension not allowed', 'Dimensionen är inte tillåten'];
    case 'document-no-required':
      return ['Document No. required', 'Dokumentnr krävs'];
    case 'document-no-not-allowed':
      return ['Document No. not allowed', 'Dokumentnr är inte tillåtet'];
    case 'gl-journal-not-balanced':
      return ['G/L journal does not balance', 'Redovisningsjournalen balanserar inte'];
    case 'unknown-item':
      return ['Unknown item', 'Okänd artikel'];
    case 'unknown-location':
      return ['Unknown location', 'Okänt lagerställe'];
    case 'insufficient-quantity':
      return ['Insufficient quantity', 'Otillräckligt antal'];
    case 'applies-to-entry-invalid':
      return ['Invalid Applies-to Entry', 'Ogiltig Kopplad till transaktion'];
    case 'costing-method-needs-applies-to':
      return ['Costing method needs Applies-to Entry', 'Värderingsprincipen kräver Kopplad till transaktion'];
    case 'quantity-exceeds-open-quantity':
      return ['Quantity exceeds the open quantity', 'Antalet överstiger det öppna antalet'];
    case 'json-syntax-error':
      return ['JSON syntax error', 'Syntaxfel i JSON'];
    case 'format-unknown':
      return ['Unknown file format', 'Okänt filformat'];
    case 'format-version-too-new':
      return ['File version too new', 'Filversionen är för ny'];
    case 'file-empty':
      return ['Empty file', 'Tom fil'];
    case 'table-unknown':
      return ['Unknown table', 'Okänd tabell'];
    case 'table-ambiguous':
      return ['Table not recognised', 'Tabellen kunde inte avgöras'];
    case 'csv-column-count':
      return ['Wrong number of columns', 'Fel antal kolumner'];
    case 'field-required':
      return ['Required field missing', 'Obligatoriskt fält saknas'];
    case 'field-unknown':
      return ['Unknown field', 'Okänt fält'];
    case 'option-invalid':
      return ['Invalid option value', 'Ogiltigt alternativ'];
    case 'amount-invalid':
      return ['Not an amount', 'Inte ett belopp'];
    case 'amount-too-precise':
      return ['Too many decimals', 'För många decimaler'];
    case 'quantity-invalid':
      return ['Not a quantity', 'Inte ett antal'];
    case 'date-invalid':
      return ['Not a date', 'Inte ett datum'];
    case 'boolean-invalid':
      return ['Not a yes/no value', 'Inte ett ja/nej-värde'];
    case 'code-too-long':
      return ['Code too long', 'Koden är för lång'];
    case 'entry-no-invalid':
      return ['Invalid entry no.', 'Ogiltigt löpnummer'];
    case 'duplicate-entry-no':
      return ['Duplicate entry no.', 'Dubblerat löpnummer'];
    case 'duplicate-key':
      return ['Duplicate key', 'Dubblerad nyckel'];
    case 'reference-unknown':
      return ['Reference to an unknown record', 'Hänvisning till okänd post'];
    case 'item-unknown-kept':
      return ['Entries of an unknown item kept', 'Transaktioner för okänd artikel behålls'];
    case 'value-invalid':
      return ['Invalid value', 'Ogiltigt värde'];
    case 'csv-syntax-error':
      return ['CSV syntax error', 'Syntaxfel i CSV'];
    case 'column-duplicate':
      return ['Duplicate column', 'Dubblerad kolumn'];
    case 'zip-invalid':
      return ['Not a readable zip file', 'Inte en läsbar zip-fil'];
    case 'too-many-problems':
      return ['Too many problems', 'För många problem'];
    case 'storage-quota-exceeded':
      return ['Storage full', 'Lagringsutrymmet är fullt'];
    case 'storage-unavailable':
      return ['Storage unavailable', 'Lagringen är inte tillgänglig'];
    case 'database-newer-than-app':
      return ['Stored data is from a newer version', 'Lagrade data kommer från en nyare version'];
    case 'dataset-not-found':
      return ['Dataset not found', 'Datamängden finns inte'];
    case 'operation-cancelled':
      return ['Cancelled', 'Avbrutet'];
  }
}

/** The problem's title in the UI language. */
export function problemTitle(code: ProblemCode, locale: Locale): string {
  const pair = titles(code);
  return locale === 'sv' ? pair[1] : pair[0];
}
