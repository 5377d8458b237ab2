// The causes of every Difference cell (domain.md §7) with their texts and entries, and the Warning cells:
// the label of the largest absolute cause of each field, ties in catalogue order.
import { fromMinorUnits } from '../money';
import { CAUSE_COUNT } from './cause-index';
import { collectCauseEntries } from './cause-entry-lists';
import { causeText } from './cause-texts';
import type { ReconciliationContext } from './context';
import { GL_FIELD_COUNT, isBalanceSheetField } from './item-fields';
import type { ReconciliationTotals } from './totals';
import { CAUSE_CODES, MATRIX_FIELDS, type ReconciliationCause } from './types';

export function buildCauses(ctx: ReconciliationContext, t: ReconciliationTotals, limit: number): ReconciliationCause[] {
  const out: ReconciliationCause[] = [];
  const lists = collectCauseEntries(ctx, t, limit);
  for (let f = 0; f < GL_FIELD_COUNT; f++) {
    for (let k = 0; k < CAUSE_COUNT; k++) {
      const amount = t.causes[f * CAUSE_COUNT + k]!;
      if (amount === 0) continue;
      const field = MATRIX_FIELDS[f]!;
      const code = CAUSE_CODES[k]!;
      const ve = lists.valueEntries[f * CAUSE_COUNT + k]!;
      const gl = lists.glEntries[f * CAUSE_COUNT + k]!;
      out.push({
        field,
        code,
        amount: fromMinorUnits(amount, ctx.cols.scale),
        ...causeText(code, field),
        valueEntryNos: ve.nos,
        glEntryNos: gl.nos,
        valueEntryCount: ve.count,
        glEntryCount: gl.count,
      });
    }
  }
  return out;
}

/** "Warning|Inventory" / "COGS|Warning" → label of the field's largest absolute cause. */
export function buildWarnings(t: ReconciliationTotals): Record<string, string> {
  const warnings: Record<string, string> = {};
  for (let f = 0; f < GL_FIELD_COUNT; f++) {
    let best = -1;
    for (let k = 0; k < CAUSE_COUNT; k++) {
      const a = Math.abs(t.causes[f * CAUSE_COUNT + k]!);
      if (a !== 0 && (best < 0 || a > Math.abs(t.causes[f * CAUSE_COUNT + best]!))) best = k;
    }
    if (best < 0) continue;
    const field = MATRIX_FIELDS[f]!;
    const key = isBalanceSheetField(f) ? `Warning|${field}` : `${field}|Warning`;
    warnings[key] = causeText(CAUSE_CODES[best]!, field).label;
  }
  return warnings;
}
