// Calendar dates as ISO strings and day numbers; closing dates C(D) sort right after D.

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date, else null. */
export function dayIndex(iso: string): number | null {
  const m = ISO_DATE_RE.exec(iso);
  if (!m) return null;
  const y = +m[1]!; // allow-number (calendar arithmetic, not money)
  const mo = +m[2]!; // allow-number
  const d = +m[3]!; // allow-number
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / 86400000);
}

export function isIsoDate(text: string): boolean {
  return dayIndex(text) !== null;
}

/** ISO date of a day number. */
export function isoFromDayIndex(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** Ordinal that orders dates with closing dates: D → 2·day, C(D) → 2·day + 1. */
export function dateOrdinal(iso: string, closingDate = false): number {
  const day = dayIndex(iso);
  if (day === null) throw new Error(`not an ISO date: ${iso}`);
  return day * 2 + (closingDate ? 1 : 0);
}

export function addDays(iso: string, days: number): string {
  const day = dayIndex(iso);
  if (day === null) throw new Error(`not an ISO date: ${iso}`);
  return isoFromDayIndex(day + days);
}
