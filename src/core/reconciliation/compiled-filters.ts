// The matrix filters compiled against the columns: a date-ordinal range and per-dictionary match masks,
// so the passes test integers only. A bad filter text is a problem, not an exception.
import type { LedgerColumns } from '../columns';
import { parseCodeFilter, parseDateFilter } from '../filters';
import { problem, type Problem } from '../problems';
import type { ReconciliationFilters } from './types';

export interface CompiledFilters {
  /** Inclusive ordinal bounds (2·day, +1 for a closing date). */
  from: number;
  to: number;
  /** Per items dictionary entry: 1 when inside the item filter. */
  itemMask: Uint8Array;
  /** Per locations dictionary entry. */
  locationMask: Uint8Array;
  /** An item or location filter is set (the G/L side is then attributed through relations). */
  filtered: boolean;
}

function codeMask(codes: readonly string[], text: string | undefined): Uint8Array {
  const f = parseCodeFilter(text);
  const mask = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) mask[i] = f.matches(codes[i]!) ? 1 : 0;
  return mask;
}

export function compileFilters(
  cols: LedgerColumns,
  filters: ReconciliationFilters,
): { ok: true; value: CompiledFilters } | { ok: false; problems: Problem[] } {
  const range = parseDateFilter(filters.dateFilter);
  if (!range) {
    return {
      ok: false,
      problems: [
        problem(
          'value-invalid',
          `The date filter "${filters.dateFilter ?? ''}" is not valid.`,
          { field: 'dateFilter', value: filters.dateFilter ?? '' },
          'Write D1..D2, ..D2, D1.. or D with ISO dates; a bound may be a closing date such as C2025-12-31.',
        ),
      ],
    };
  }
  const itemText = (filters.itemFilter ?? '').trim();
  const locationText = (filters.locationFilter ?? '').trim();
  return {
    ok: true,
    value: {
      from: range.from ?? -Infinity,
      to: range.to ?? Infinity,
      itemMask: codeMask(cols.dictionaries.items.codes, itemText),
      locationMask: codeMask(cols.dictionaries.locations.codes, locationText),
      filtered: itemText !== '' || locationText !== '',
    },
  };
}
