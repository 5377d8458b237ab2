// Post Inventory Cost to G/L per posting group over value-entry columns: the same plan, checks, buffer
// key order and results as batch-job.ts, but relations and watermarks come out as typed arrays (minor
// units) and report lines only up to a limit, so a million entries post without row objects.
import { defaultValueEntry, type GLEntry, type ValueEntry } from '../../model';
import { fromMinorUnits } from '../../money';
import { fail, ok, type Result } from '../../problems';
import {
  EXPECTED_COST_NOT_POSTED,
  lineAmounts,
  reportLine,
  resultMessage,
  skippedEntry,
  type PostInventoryCostResult,
  type PostingGroupSummaryLine,
  type PostingReportLine,
  type SkippedEntry,
} from '../batch-job';
import { skipIssue } from '../line-checks';
import { Planner } from '../plan-value-entry';
import type { PostingContext } from '../posting-context';
import { ReportTotals } from '../report-totals';
import { checkRequest, type PostInventoryCostRequest } from '../request';
import { bufferOutput } from './buffer-output';
import { ColumnarBuffer } from './columnar-buffer';
import { DateDimensions } from './date-dimensions';
import {
  POSTING_AMOUNT_FIELDS,
  POSTING_STRING_FIELDS,
  type PostingChunk,
  type PostingEntryColumns,
} from './entry-columns';
import { deltaSigns, EntryProfiles } from './entry-profiles';
import { rowLocator, rowsInReadOrder } from './read-order';
import { WatermarkColumns } from './watermark-columns';

export interface ColumnarRelations {
  length: number;
  glEntryNo: Float64Array;
  valueEntryNo: Float64Array;
  /** Minor units. */
  amount: Float64Array;
}

/** New Cost Posted to G/L watermarks: NaN where a watermark is unchanged. */
export interface ColumnarWatermarks {
  length: number;
  /** Global row index into the input columns (chunk offset + row). */
  row: Uint32Array;
  chunk: Uint32Array;
  rowInChunk: Uint32Array;
  valueEntryNo: Float64Array;
  costPostedToGL: Float64Array;
  expectedCostPostedToGL: Float64Array;
}

export interface ColumnarPostingResult {
  glEntries: GLEntry[];
  relations: ColumnarRelations;
  watermarks: ColumnarWatermarks;
  skipped: SkippedEntry[];
  /** The first `reportLineLimit` report lines; counts.valueEntriesPosted says how many there are. */
  reportLines: PostingReportLine[];
  reportTotals: PostInventoryCostResult['reportTotals'];
  postingGroupSummary: PostingGroupSummaryLine[];
  counts: PostInventoryCostResult['counts'];
  message: string;
}

export interface ColumnarPostingOptions {
  /** First G/L entry no. of the run (the dataset's highest + 1). */
  firstGLEntryNo: number;
  reportLineLimit?: number;
}

/** Fills the flyweight entry the planner reads from row `r` of `c`. */
function load(ve: ValueEntry, cols: PostingEntryColumns, c: PostingChunk, r: number, dates: DateDimensions): void {
  const s = cols.strings;
  const o = ve as unknown as Record<string, unknown>;
  for (const f of POSTING_STRING_FIELDS) o[f] = s[c[f][r]!]!;
  ve.entryNo = c.entryNo[r]!;
  ve.itemLedgerEntryNo = c.itemLedgerEntryNo[r]!;
  ve.postingDate = dates.iso(c.postingDate[r]!);
  ve.expectedCost = c.expectedCost[r] === 1;
  ve.inventoriable = c.inventoriable[r] === 1;
  // Only check 1 reads Cost Amount (Expected) as text, and only for these entry types.
  const e = c.costAmountExpected[r]!;
  ve.costAmountExpected =
    e === 0 || ve.entryType === 'Direct Cost' || ve.entryType === 'Revaluation' ? '0' : fromMinorUnits(e, cols.scale);
}

/** A self-contained copy of a row with its amounts as strings (skipped entries, report lines). */
function snapshot(ve: ValueEntry, cols: PostingEntryColumns, c: PostingChunk, r: number): ValueEntry {
  const copy = { ...ve, dimensions: cols.dimensionSet(c.dimensions[r]!) };
  for (const f of POSTING_AMOUNT_FIELDS) copy[f] = fromMinorUnits(c[f][r]!, cols.scale);
  return copy;
}

export function postInventoryCostColumnar(
  ctx: PostingContext,
  cols: PostingEntryColumns,
  req: PostInventoryCostRequest,
  options: ColumnarPostingOptions,
): Result<ColumnarPostingResult> {
  const checked = checkRequest(req);
  if (!checked.ok) return fail(checked.problems);
  const { perEntry, documentNo, items, dates: dateFilter } = checked.value;
  if (perEntry) throw new Error('the columnar path posts per posting group only');
  if (cols.scale !== ctx.scale) throw new Error(`columns at scale ${cols.scale}, posting at ${ctx.scale}`);
  const reportLimit = req.includeReportLines === false ? 0 : (options.reportLineLimit ?? Infinity);
  const planner = new Planner(ctx);
  const loc = rowLocator(cols);
  const order = rowsInReadOrder(cols, loc, items, dateFilter);
  const profiles = new EntryProfiles(ctx, cols, planner);
  const dates = new DateDimensions(ctx, cols);

  const ve = defaultValueEntry({});
  const skipped: SkippedEntry[] = [];
  const reportLines: PostingReportLine[] = [];
  const marks = new WatermarkColumns(order.length);
  const buffer = new ColumnarBuffer(order.length * 2);
  let posted = 0;

  for (let i = 0; i < order.length; i++) {
    const g = order[i]!;
    const k = loc.chunkOf[g]!;
    const c = cols.chunks[k]!;
    const r = g - loc.offsets[k]!;
    // Planner.planBatchEntry on minor units.
    const a = c.costAmountActual[r]!;
    const e = c.costAmountExpected[r]!;
    if (a === 0 && e === 0) continue;
    const ep = c.expectedCostPostedToGL[r]!;
    const expectedCost = c.expectedCost[r] === 1;
    if (!ctx.expectedCostPosting && expectedCost && ep === 0) {
      load(ve, cols, c, r, dates);
      skipped.push(skippedEntry(snapshot(ve, cols, c, r), EXPECTED_COST_NOT_POSTED));
      continue;
    }
    const actualDelta = a - c.costPostedToGL[r]!;
    const expectedDelta = ctx.expectedCostPosting ? e - ep : 0;
    if (actualDelta === 0 && expectedDelta === 0) continue;

    // Rows of a planned code tuple replay its lines; the rest (skips, report lines) take the row path.
    const profile = profiles.profileOf(c, r);
    const signs = deltaSigns(expectedDelta, actualDelta);
    let recipe = profiles.recipe(profile, signs);
    if (recipe === undefined) {
      load(ve, cols, c, r, dates);
      recipe = profiles.plan(profile, signs, ve);
    }
    const day = c.postingDate[r]!;
    const replay =
      reportLines.length >= reportLimit &&
      !recipe.skips &&
      !(profiles.checksExpected(profile) && (expectedCost || e !== 0)) &&
      (recipe.n === 0 || dates.allowed(day));
    const entryNo = c.entryNo[r]!;
    if (replay) {
      posted++;
      marks.push(g, k, r, entryNo, actualDelta !== 0 ? a : NaN, expectedDelta !== 0 ? e : NaN);
      if (recipe.n === 0) continue;
      const dim = c.dimensions[r]!;
      const dd = dates.id(dim, day);
      for (let l = 0; l < recipe.n; l++) {
        const amount = recipe.signs[l]! * (recipe.fromExpected[l] === 1 ? expectedDelta : actualDelta);
        buffer.add(dd, recipe.baseIds[l]!, amount, entryNo, dim);
      }
      continue;
    }

    load(ve, cols, c, r, dates);
    const plan = planner.plan(ve, actualDelta, expectedDelta);
    const issue = skipIssue(ctx, plan);
    if (issue) {
      skipped.push(skippedEntry(snapshot(ve, cols, c, r), issue));
      continue;
    }
    posted++;
    marks.push(g, k, r, entryNo, actualDelta !== 0 ? a : NaN, expectedDelta !== 0 ? e : NaN);
    if (reportLines.length < reportLimit) {
      plan.ve = snapshot(ve, cols, c, r);
      reportLines.push(reportLine(plan, lineAmounts(plan, ctx.scale), ctx.scale));
    }
    if (plan.lines.length === 0) continue;
    const dim = c.dimensions[r]!;
    const dd = dates.id(dim, day);
    for (const l of plan.lines) buffer.add(dd, l.t.base.id, l.amount, entryNo, dim);
  }

  const totals = new ReportTotals();
  planner.keyBases.forEach((b) => {
    if (b.id < buffer.baseTotals.length) totals.add(b.accountType, buffer.baseTotals[b.id]!);
  });
  const out = bufferOutput({
    buffer,
    bases: planner.keyBases,
    postingDate: (dd) => dates.postingDate(dd),
    dimText: (dd) => dates.dimText(dd),
    dimensionSet: (code) => cols.dimensionSet(code),
    documentNo,
    firstGLEntryNo: options.firstGLEntryNo,
    scale: ctx.scale,
  });
  const counts = { valueEntriesPosted: posted, glEntriesCreated: out.glEntries.length, skipped: skipped.length };
  return ok({
    glEntries: out.glEntries,
    relations: out.relations,
    watermarks: marks.finish(),
    skipped,
    reportLines,
    reportTotals: totals.format(ctx.scale),
    postingGroupSummary: out.postingGroupSummary,
    counts,
    message: resultMessage(req.post, counts),
  });
}
