// BC date filters in the subset Costbook supports: D1..D2, ..D2, D1.., D; a bound may be C-date.
import { dateOrdinal, isIsoDate } from '../dates';

/** Inclusive range over date ordinals (see dateOrdinal); null bound = unbounded. */
export interface DateRange {
  from: number | null;
  to: number | null;
  text: string;
}

function parseBound(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const closing = t.startsWith('C') || t.startsWith('c');
  const iso = closing ? t.slice(1) : t;
  if (!isIsoDate(iso)) return undefined;
  return dateOrdinal(iso, closing);
}

/** Parses a date filter; undefined/blank → unbounded; null result when the text is not a valid filter. */
export function parseDateFilter(text: string | undefined | null): DateRange | null {
  const t = (text ?? '').trim();
  if (t === '') return { from: null, to: null, text: '' };
  const dots = t.indexOf('..');
  if (dots < 0) {
    const b = parseBound(t);
    if (b === undefined || b === null) return null;
    // A plain date D means the day D itself (not its closing date), as in BC.
    return { from: b, to: b, text: t };
  }
  const from = parseBound(t.slice(0, dots));
  const to = parseBound(t.slice(dots + 2));
  if (from === undefined || to === undefined) return null;
  return { from, to, text: t };
}

export function dateInRange(range: DateRange, iso: string, closingDate = false): boolean {
  if (range.from === null && range.to === null) return true;
  const o = dateOrdinal(iso, closingDate);
  return (range.from === null || o >= range.from) && (range.to === null || o <= range.to);
}

export function ordinalInRange(range: DateRange, ordinal: number): boolean {
  return (range.from === null || ordinal >= range.from) && (range.to === null || ordinal <= range.to);
}
