// Runs the row-object batch job (postInventoryCostToGL) and the columnar path on one dataset and asserts
// that they agree on everything: G/L entries, relations with amounts, watermarks, skipped entries (codes,
// entry nos., read order), report lines, report totals, posting-group summary, counts and message.
import { expect } from 'vitest';
import type { Dataset } from '../../../../src/core/model';
import { toMinorUnits } from '../../../../src/core/money';
import {
  buildPostingContext,
  postInventoryCostToGL,
  type PostInventoryCostRequest,
} from '../../../../src/core/posting';
import {
  postInventoryCostColumnar,
  postingColumnsOf,
  type PostingEntryColumns,
} from '../../../../src/core/posting/columnar';

export interface SamePostingOptions {
  /** The columns to post (default: postingColumnsOf the dataset's value entries). */
  columns?: (cols: PostingEntryColumns) => PostingEntryColumns;
  /** Report line limit for the columnar run (default: all). */
  reportLineLimit?: number;
}

const json = (v: unknown) => JSON.stringify(v);

/** Asserts both paths agree; returns the object path's result for further checks. */
export function expectSamePosting(ds: Dataset, req: PostInventoryCostRequest, o: SamePostingOptions = {}) {
  const obj = postInventoryCostToGL(ds, req);
  const ctx = buildPostingContext(ds);
  const minor = (s: string | null | undefined): number =>
    s === undefined || s === null || s === '' ? NaN : toMinorUnits(s, ctx.scale);
  const whole = postingColumnsOf(ds.valueEntries, ctx.scale);
  const cols = o.columns ? o.columns(whole) : whole;
  const firstGLEntryNo = ds.glEntries.reduce((m, g) => Math.max(m, g.entryNo), 0) + 1;
  const options =
    o.reportLineLimit === undefined ? { firstGLEntryNo } : { firstGLEntryNo, reportLineLimit: o.reportLineLimit };
  const col = postInventoryCostColumnar(ctx, cols, req, options);
  expect(col.ok).toBe(obj.ok);
  if (!obj.ok || !col.ok) return obj;
  const a = obj.value;
  const c = col.value;
  // Byte-identical where both give text: the same JSON, key order included.
  expect(json(c.glEntries)).toBe(json(a.glEntries));
  expect(json(c.postingGroupSummary)).toBe(json(a.postingGroupSummary));
  expect(json(c.reportTotals)).toBe(json(a.reportTotals));
  expect(c.counts).toEqual(a.counts);
  expect(c.message).toBe(a.message);
  const limit = req.includeReportLines === false ? 0 : (o.reportLineLimit ?? Infinity);
  expect(json(c.reportLines)).toBe(json(a.reportLines.slice(0, limit)));
  expect(
    Array.from({ length: c.relations.length }, (_, i) => [
      c.relations.glEntryNo[i],
      c.relations.valueEntryNo[i],
      c.relations.amount[i],
    ]),
  ).toEqual(a.relations.map((r) => [r.glEntryNo, r.valueEntryNo, minor(r.amount)]));
  const rowEntryNo = (row: number) => {
    let k = 0;
    let at = row;
    while (at >= cols.chunks[k]!.rowCount) at -= cols.chunks[k++]!.rowCount;
    return cols.chunks[k]!.entryNo[at];
  };
  expect(
    Array.from({ length: c.watermarks.length }, (_, i) => [
      c.watermarks.valueEntryNo[i],
      c.watermarks.costPostedToGL[i],
      c.watermarks.expectedCostPostedToGL[i],
      rowEntryNo(c.watermarks.row[i]!),
      cols.chunks[c.watermarks.chunk[i]!]!.entryNo[c.watermarks.rowInChunk[i]!],
    ]),
  ).toEqual(
    a.changes.watermarks.map((w) => [
      w.valueEntryNo,
      minor(w.costPostedToGL),
      minor(w.expectedCostPostedToGL),
      w.valueEntryNo,
      w.valueEntryNo,
    ]),
  );
  // The columnar path formats amounts from minor units: the texts may differ ("12.5" / "12.50"), not the values.
  const skippedView = (k: (typeof a.skipped)[number]) => {
    const where = k.problem.where ?? {};
    const numeric = k.code === 'expected-cost-on-wrong-entry-type' && where.field === 'costAmountExpected';
    return json({
      ...k,
      costAmount: minor(k.costAmount),
      problem: { ...k.problem, where: { ...where, value: numeric ? minor(where.value) : where.value } },
    });
  };
  expect(c.skipped.map(skippedView)).toEqual(a.skipped.map(skippedView));
  return obj;
}
