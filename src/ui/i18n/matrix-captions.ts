// The reconciliation matrix's row and column captions and its cause texts in the UI language
// (domain.md §1, §7). Records over the core's names and codes, so a new one fails the typecheck here.
import type { CauseCode } from '../../core/reconciliation';
import type { Locale } from './catalogues';

type MatrixName =
  | 'Inventory To WIP'
  | 'WIP To Interim'
  | 'COGS (Interim)'
  | 'Direct Cost Applied'
  | 'Overhead Applied'
  | 'Inventory Adjmt.'
  | 'Invt. Accrual (Interim)'
  | 'COGS'
  | 'Purchase Variance'
  | 'Material Variance'
  | 'Capacity Variance'
  | 'Subcontracted Variance'
  | 'Capacity Overhead Variance'
  | 'Mfg. Overhead Variance'
  | 'Inventory'
  | 'Inventory (Interim)'
  | 'WIP Inventory'
  | 'Total'
  | 'G/L Total'
  | 'Not Attributable'
  | 'Difference'
  | 'Warning';

const SV_CAPTIONS: Record<MatrixName, string> = {
  'Inventory To WIP': 'Lager till PIA',
  'WIP To Interim': 'PIA till interim',
  'COGS (Interim)': 'KSV (interim)',
  'Direct Cost Applied': 'Tillämpad direkt kostnad',
  'Overhead Applied': 'Tillämpade omkostnader',
  'Inventory Adjmt.': 'Lagerjustering',
  'Invt. Accrual (Interim)': 'Lagerperiodisering (interim)',
  COGS: 'KSV',
  'Purchase Variance': 'Inköpsavvikelse',
  'Material Variance': 'Materialavvikelse',
  'Capacity Variance': 'Kapacitetsavvikelse',
  'Subcontracted Variance': 'Legoavvikelse',
  'Capacity Overhead Variance': 'Kapacitetsomkostnadsavvikelse',
  'Mfg. Overhead Variance': 'Tillverkningsomkostnadsavvikelse',
  Inventory: 'Lager',
  'Inventory (Interim)': 'Lager (interim)',
  'WIP Inventory': 'PIA-lager',
  Total: 'Summa',
  'G/L Total': 'Redovisningssumma',
  'Not Attributable': 'Ej hänförbart',
  Difference: 'Differens',
  Warning: 'Varning',
};

/** A matrix row or column caption (BC's English caption, or its Swedish one). */
export function matrixCaption(name: string, locale: Locale): string {
  if (locale === 'en') return name;
  return name in SV_CAPTIONS ? SV_CAPTIONS[name as MatrixName] : name;
}

interface CauseTexts {
  label: string;
  explanation: string;
  hint: string;
}

const SV_CAUSES: Record<CauseCode, CauseTexts> = {
  'cost-not-posted': {
    label: 'Bokför kostnad i redovisning',
    explanation: 'Några värdetransaktioner för {field} har kostnad som ännu inte är bokförd i redovisningen.',
    hint: 'Kör Bokför lagerkostnad i redov. för att bokföra dem.',
  },
  'expected-cost-posting-off': {
    label: 'Inställning förväntad kostnad',
    explanation:
      'Bokför förväntad kostnad i redovisning är av, så den förväntade kostnaden når aldrig interimkontona för {field}.',
    hint: 'Slå på Bokför förväntad kostnad i redovisning i Lagerinställningar och bokför lagerkostnad, eller godta differensen tills transaktionerna faktureras.',
  },
  'direct-posting': {
    label: 'Direktbokföring',
    explanation: 'Redovisningstransaktioner på kontona för {field} bokfördes direkt, inte från någon värdetransaktion.',
    hint: 'Kontrollera journalerna som bokförde dem; lagerkonton bör bara få kostnadsbokföring.',
  },
  'closing-entries': {
    label: 'Stängt räkenskapsår',
    explanation: 'Bokslutstransaktioner på ett stängningsdatum inom datumfiltret ändrar saldot för {field}.',
    hint: 'Avsluta datumfiltret på årets sista dag (inte dess stängningsdatum) för att utesluta dem.',
  },
  'posting-date-mismatch': {
    label: 'Bokföringsdatum',
    explanation:
      'Redovisningstransaktioner från kostnadsbokföring och deras värdetransaktioner ligger på olika sidor om datumfiltret för {field}.',
    hint: 'Vidga datumfiltret eller kontrollera bokföringsdatumen för de listade transaktionerna.',
  },
  'account-mapping-changed': {
    label: 'Bokföringsmall',
    explanation:
      'Kostnad för {field} bokfördes på ett konto som den nuvarande bokföringsinställningen mappar annorlunda: inställningen ändrades efter bokföringen.',
    hint: 'Återställ kontot i bokförings- eller lagerbokföringsinställningen, eller flytta saldot med en redovisningsjournal.',
  },
  'shared-account': {
    label: 'Liknande konton',
    explanation: 'Ett konto för {field} används även för ett annat fält, så dess kostnadsbokföring räknas två gånger.',
    hint: 'Ge varje lagerfält ett eget redovisningskonto i bokföringsinställningen.',
  },
  'deleted-account': {
    label: 'Borttagna konton',
    explanation: 'Kostnad bokförd för {field} ligger på ett redovisningskonto som är tomt eller inte längre finns.',
    hint: 'Skapa redovisningskontot igen eller flytta dess transaktioner till det nuvarande kontot.',
  },
  'date-compression': {
    label: 'Komprimering',
    explanation:
      'Datumkomprimerade redovisningstransaktioner på kontona för {field} kan inte längre spåras till värdetransaktioner.',
    hint: 'Stäm av perioder före komprimeringen mot sparade rapporter.',
  },
  unexplained: {
    label: 'Oförklarad',
    explanation: 'En del av differensen för {field} passar ingen av de kända orsakerna.',
    hint: 'Gå ned till transaktionerna och jämför dem en och en; det kan vara ett datafel.',
  },
};

/** A cause's label, explanation and hint in the UI language; English comes from the engine's own texts. */
export function causeTexts(
  cause: { code: CauseCode; label: string; explanation: string; hint: string; field: string },
  locale: Locale,
): CauseTexts {
  if (locale === 'en') return { label: cause.label, explanation: cause.explanation, hint: cause.hint };
  const t = SV_CAUSES[cause.code];
  return {
    label: t.label,
    explanation: t.explanation.replace('{field}', matrixCaption(cause.field, locale)),
    hint: t.hint,
  };
}

/** The short label of a cause code in the UI language (for Warning cells, which carry the English label). */
export function causeLabelOfEnglish(label: string, locale: Locale): string {
  if (locale === 'en') return label;
  for (const [code, sv] of Object.entries(SV_CAUSES) as [CauseCode, CauseTexts][])
    if (ENGLISH_LABELS[code] === label) return sv.label;
  return label;
}

const ENGLISH_LABELS: Record<CauseCode, string> = {
  'cost-not-posted': 'Post Cost to G/L',
  'expected-cost-posting-off': 'Expected Cost Setup',
  'direct-posting': 'Direct Posting',
  'closing-entries': 'Closed Fiscal Year',
  'posting-date-mismatch': 'Posting Date',
  'account-mapping-changed': 'Posting Group',
  'shared-account': 'Similar Accounts',
  'deleted-account': 'Deleted Accounts',
  'date-compression': 'Compression',
  unexplained: 'Unexplained',
};
