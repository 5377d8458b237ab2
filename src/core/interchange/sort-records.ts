// Canonical record order: ledgers by entry no., setup tables by their key codes.
import type { TableSpec } from './schema-types';

export function sortRecords<T>(spec: TableSpec, rows: readonly T[]): T[] {
  const keys = spec.keys;
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const x = (a as Record<string, unknown>)[k];
      const y = (b as Record<string, unknown>)[k];
      if (typeof x === 'number' && typeof y === 'number') {
        if (x !== y) return x - y;
      } else {
        const sx = String(x);
        const sy = String(y);
        if (sx !== sy) return sx < sy ? -1 : 1;
      }
    }
    return 0;
  });
}
