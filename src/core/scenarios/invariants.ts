// Built-in checks after every step, whatever the file expects: each G/L transaction the step
// created (posting date + document no.) balances to zero; a refused step leaves the dataset unchanged.
import type { GLEntry } from '../model';
import { dec, ZERO, type Decimal } from '../money';

export function unbalancedTransactions(entries: readonly GLEntry[]): string[] {
  const sums = new Map<string, Decimal>();
  for (const e of entries) {
    const key = `${e.closingDate ? 'C' : ''}${e.postingDate} ${e.documentNo}`;
    sums.set(key, (sums.get(key) ?? ZERO).plus(dec(e.amount)));
  }
  const out: string[] = [];
  for (const [key, sum] of sums) {
    if (!sum.isZero()) out.push(`invariant: G/L transaction ${key} does not balance (sum ${sum.toFixed()})`);
  }
  return out;
}
