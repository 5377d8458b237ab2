// Post Inventory Cost to G/L per posting group over value-entry columns, with batch-job.ts's results:
// one pass in storage order replays lines planned once per code tuple into an integer-keyed buffer;
// skipped entries and report lines take the row path in read order; relations and watermarks are typed.
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
import { DateDimensions } from './date-dimensions';
import {
  POSTING_AMOUNT_FIELDS,
  POSTING_STRING_FIELDS,
  type PostingChunk,
  type PostingEntryColumns,
} from './entry-columns';
import { EntryProfiles } from './entry-profiles';
import { rowLocator, rowsInReadOrder } from './read-order';
import { NOT_READ, POSTED, rowPass } from './row-pass';
import { fillRelations } from './relation-fill';
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
  const dates = new DateDimensions(ctx, cols);
  const ve = defaultValueEntry({});
  const loadRow = (c: PostingChunk, r: number): ValueEntry => {
    load(ve, cols, c, r, dates);
    return ve;
  };

  // Pass 1 in storage order: what posts, the groups, each row's shares, the watermarks.
  const readPos = new Uint32Array(loc.chunkOf.length).fill(NOT_READ);
  for (let i = 0; i < order.length; i++) readPos[order[i]!] = i;
  const marks = new WatermarkColumns(order.length);
  const rows = rowPass({
    ctx,
    cols,
    loc,
    readPos,
    marks,
    profiles: new EntryProfiles(ctx, cols, planner),
    dates,
    load: loadRow,
  });
  const buffer = rows.buffer;
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
  fillRelations(cols, loc, rows, readPos, out);

  // Skipped entries and report lines in read order, through the row path.
  const rowAt = (g: number) => {
    const k = loc.chunkOf[g]!;
    return { c: cols.chunks[k]!, r: g - loc.offsets[k]! };
  };
  const skipped = rows.skipped
    .sort((x, y) => readPos[x]! - readPos[y]!)
    .map((g) => {
      const { c, r } = rowAt(g);
      return skippedRow(ctx, planner, loadRow(c, r), cols, c, r);
    });
  const reportLines: PostingReportLine[] = [];
  for (let i = 0; i < order.length && reportLines.length < reportLimit; i++) {
    if (rows.kinds[order[i]!] !== POSTED) continue;
    const { c, r } = rowAt(order[i]!);
    reportLines.push(reportRow(ctx, planner, cols, c, r, loadRow));
  }
  const posted = rows.posted;

  const totals = new ReportTotals();
  for (const b of planner.keyBases)
    if (b.id < buffer.baseTotals.length) totals.add(b.accountType, buffer.baseTotals[b.id]!);
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

/** The deltas still to post of a waiting row (minor units). */
function deltas(ctx: PostingContext, c: PostingChunk, r: number): [actual: number, expected: number] {
  const actual = c.costAmountActual[r]! - c.costPostedToGL[r]!;
  return [actual, ctx.expectedCostPosting ? c.costAmountExpected[r]! - c.expectedCostPostedToGL[r]! : 0];
}

/** The skipped-entries line of a row the first pass skipped, with the issue the row path finds. */
function skippedRow(
  ctx: PostingContext,
  planner: Planner,
  ve: ValueEntry,
  cols: PostingEntryColumns,
  c: PostingChunk,
  r: number,
): SkippedEntry {
  if (!ctx.expectedCostPosting && ve.expectedCost && c.expectedCostPostedToGL[r] === 0)
    return skippedEntry(snapshot(ve, cols, c, r), EXPECTED_COST_NOT_POSTED);
  const [actual, expected] = deltas(ctx, c, r);
  const issue = skipIssue(ctx, planner.plan(ve, actual, expected));
  if (!issue) throw new Error(`value entry ${ve.entryNo}: the first pass skipped an entry that posts`);
  return skippedEntry(snapshot(ve, cols, c, r), issue);
}

/** The report line of a posted row, planned through the row path. */
function reportRow(
  ctx: PostingContext,
  planner: Planner,
  cols: PostingEntryColumns,
  c: PostingChunk,
  r: number,
  loadRow: (c: PostingChunk, r: number) => ValueEntry,
): PostingReportLine {
  const [actual, expected] = deltas(ctx, c, r);
  const plan = planner.plan(loadRow(c, r), actual, expected);
  plan.ve = snapshot(plan.ve, cols, c, r);
  return reportLine(plan, lineAmounts(plan, ctx.scale), ctx.scale);
}
