// Built-in checks after every step, whatever the file expects: each G/L transaction the step created
// (posting date + document no.) balances to zero; a matrix's causes sum to each field's Difference.
import type { GLEntry } from '../model';
import { dec, ZERO, type Decimal, formatPlain } from '../money';
import type { OutcomeMatrix } from './types';

export function unbalancedTransactions(entries: readonly GLEntry[]): string[] {
  const sums = new Map<string, Decimal>();
  for (const e of entries) {
    const key = `${e.closingDate ? 'C' : ''}${e.postingDate} ${e.documentNo}`;
    sums.set(key, (sums.get(key) ?? ZERO).plus(dec(e.amount)));
  }
  const out: string[] = [];
  for (const [key, sum] of sums) {
    if (!sum.isZero()) out.push(`invariant: G/L transaction ${key} does not balance (sum ${formatPlain(sum)})`);
  }
  return out;
}

const NOT_FIELDS = new Set(['Total', 'G/L Total', 'Difference', 'Warning', 'Not Attributable']);

/** The field a Difference cell belongs to ("Difference|Inventory" → Inventory, "COGS|Difference" → COGS). */
function differenceField(key: string): string | null {
  const [row = '', column = ''] = key.split('|');
  if (row === 'Difference' && !NOT_FIELDS.has(column)) return column;
  if (column === 'Difference' && !NOT_FIELDS.has(row)) return row;
  return null;
}

/** domain.md §7: the causes of one field sum exactly to its Difference cell. */
export function causesNotSummingToDifference(matrix: OutcomeMatrix): string[] {
  const sums = new Map<string, Decimal>();
  for (const c of matrix.causes) sums.set(c.field, (sums.get(c.field) ?? ZERO).plus(dec(c.amount)));
  const out: string[] = [];
  for (const [key, amount] of Object.entries(matrix.cells)) {
    const field = differenceField(key);
    if (field === null) continue;
    const sum = sums.get(field) ?? ZERO;
    if (!sum.eq(dec(amount))) {
      out.push(`invariant: causes of ${field} sum to ${formatPlain(sum)}, but ${key} is ${amount}`);
    }
  }
  return out;
}
