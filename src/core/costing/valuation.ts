// Valuation dates and average-cost periods: an entry point's valuation date is the last day of the
// average cost period (Day, Week Mon–Sun, Month, Quarter, Year) holding the entry's valuation date.
import type { AverageCostPeriod } from '../model';
import { dayIndex, isoFromDayIndex } from '../dates';

export function periodEnd(iso: string, period: AverageCostPeriod): string {
  if (period === 'Day') return iso;
  const y = +iso.slice(0, 4); // allow-number (calendar arithmetic)
  const m = +iso.slice(5, 7); // allow-number
  if (period === 'Week') {
    const day = dayIndex(iso) ?? 0;
    // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
    const sinceMonday = (((day + 3) % 7) + 7) % 7;
    return isoFromDayIndex(day - sinceMonday + 6);
  }
  const endMonth = period === 'Month' ? m : period === 'Quarter' ? Math.ceil(m / 3) * 3 : 12;
  return lastDayOfMonth(y, endMonth);
}

function lastDayOfMonth(y: number, m: number): string {
  const first = dayIndex(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`) ?? 0;
  const nextY = m === 12 ? y + 1 : y;
  const nextM = m === 12 ? 1 : m + 1;
  const nextFirst = dayIndex(`${String(nextY).padStart(4, '0')}-${String(nextM).padStart(2, '0')}-01`) ?? first + 31;
  return isoFromDayIndex(nextFirst - 1);
}

/** The earlier-bounded window of Automatic Cost Adjustment: postings on or after this date adjust. */
export function automaticAdjustmentFrom(workDate: string, setting: string): string | null {
  const day = dayIndex(workDate);
  if (day === null) return null;
  const y = +workDate.slice(0, 4); // allow-number
  const m = +workDate.slice(5, 7); // allow-number
  const d = workDate.slice(8, 10);
  const monthsBack = (n: number) => {
    let yy = y;
    let mm = m - n;
    while (mm < 1) {
      mm += 12;
      yy -= 1;
    }
    const candidate = `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${d}`;
    return dayIndex(candidate) !== null ? candidate : lastDayOfMonth(yy, mm);
  };
  switch (setting) {
    case 'Day':
      return isoFromDayIndex(day - 1);
    case 'Week':
      return isoFromDayIndex(day - 7);
    case 'Month':
      return monthsBack(1);
    case 'Quarter':
      return monthsBack(3);
    case 'Year':
      return monthsBack(12);
    default:
      return null;
  }
}
