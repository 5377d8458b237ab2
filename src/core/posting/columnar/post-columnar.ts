// Post Inventory Cost to G/L per posting group over value-entry columns: the same plan, checks, buffer
// key order and results as batch-job.ts, but relations and watermarks come out as typed arrays (minor
// units) and report lines only up to a limit, so a million entries post without row objects.
import { isoFromDayIndex } from '../../dates';
import { defaultValueEntry, type GLEntry, type ValueEntry } from '../../model';
import { fromMinorUnits } from '../../money';
import { fail, ok, type Result } from '../../problems';
import {
  EXPECTED_COST_NOT_POSTED,
  INVENTORY_SETUP_TYPES,
  lineAmounts,
  reportLine,
  resultMessage,
  skippedEntry,
  type PostInventoryCostResult,
  type PostingGroupSummaryLine,
  type PostingReportLine,
  type SkippedEntry,
} from '../batch-job';
import { compareGroups, type PostingGroup } from '../buffer-key';
import { dimensionDisplayText, dimensionSetText } from '../dimensions';
import { costGLEntry, TransactionBalance } from '../gl-output';
import { skipIssue } from '../line-checks';
import { Planner } from '../plan-value-entry';
import type { PostingContext } from '../posting-context';
import { ReportTotals } from '../report-totals';
import { checkRequest, type PostInventoryCostRequest } from '../request';
import {
  POSTING_AMOUNT_FIELDS,
  POSTING_STRING_FIELDS,
  type PostingChunk,
  type PostingEntryColumns,
} from './entry-columns';
import { GrowableColumns } from './growable';
import { rowLocator, rowsInReadOrder } from './read-order';

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

interface DimInfo {
  text: string;
  textId: number;
  set: ValueEntry['dimensions'];
}

interface Group extends PostingGroup {
  index: number;
  /** Relation index of the last share added (merging the lines of one entry). */
  lastShare: number;
}

const BASE_SLOTS = 2097152;
const DAY_SLOTS = 8388608; // 2^23 day numbers per dimension-text id

/** Fills the flyweight entry the planner reads from row `r` of `c`. */
function load(
  ve: ValueEntry,
  cols: PostingEntryColumns,
  c: PostingChunk,
  r: number,
  dayIso: (d: number) => string,
): void {
  const s = cols.strings;
  const o = ve as unknown as Record<string, unknown>;
  for (const f of POSTING_STRING_FIELDS) o[f] = s[c[f][r]!]!;
  ve.entryNo = c.entryNo[r]!;
  ve.itemLedgerEntryNo = c.itemLedgerEntryNo[r]!;
  ve.postingDate = dayIso(c.postingDate[r]!);
  ve.expectedCost = c.expectedCost[r] === 1;
  ve.inventoriable = c.inventoriable[r] === 1;
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
  const { perEntry, documentNo, items, dates } = checked.value;
  if (perEntry) throw new Error('the columnar path posts per posting group only');
  if (cols.scale !== ctx.scale) throw new Error(`columns at scale ${cols.scale}, posting at ${ctx.scale}`);
  const scale = ctx.scale;
  const reportLimit = req.includeReportLines === false ? 0 : (options.reportLineLimit ?? Infinity);
  const planner = new Planner(ctx);
  const loc = rowLocator(cols);
  const order = rowsInReadOrder(cols, loc, items, dates);

  const isoOf = new Map<number, string>();
  const dayIso = (d: number): string => {
    let iso = isoOf.get(d);
    if (iso === undefined) {
      iso = isoFromDayIndex(d);
      isoOf.set(d, iso);
    }
    return iso;
  };
  const dimOf = new Map<number, DimInfo>();
  const dimTextIds = new Map<string, number>();
  const dimInfo = (code: number): DimInfo => {
    let d = dimOf.get(code);
    if (d === undefined) {
      const set = cols.dimensionSet(code);
      const text = dimensionSetText(set);
      let textId = dimTextIds.get(text);
      if (textId === undefined) {
        textId = dimTextIds.size;
        dimTextIds.set(text, textId);
      }
      d = { text, textId, set };
      dimOf.set(code, d);
    }
    return d;
  };

  const ve = defaultValueEntry({});
  const skipped: SkippedEntry[] = [];
  const reportLines: PostingReportLine[] = [];
  const totals = new ReportTotals();
  const marks = new GrowableColumns(
    { row: Uint32Array, chunk: Uint32Array, rowInChunk: Uint32Array },
    { valueEntryNo: Float64Array, costPostedToGL: Float64Array, expectedCostPostedToGL: Float64Array },
  );
  const shares = new GrowableColumns({ group: Uint32Array }, { valueEntryNo: Float64Array, amount: Float64Array });
  const ddIds = new Map<number, number>();
  const groups = new Map<number, Group>();
  const groupList: Group[] = [];
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
    load(ve, cols, c, r, dayIso);
    if (!ctx.expectedCostPosting && ve.expectedCost && ep === 0) {
      skipped.push(skippedEntry(snapshot(ve, cols, c, r), EXPECTED_COST_NOT_POSTED));
      continue;
    }
    const actualDelta = a - c.costPostedToGL[r]!;
    const expectedDelta = ctx.expectedCostPosting ? e - ep : 0;
    if (actualDelta === 0 && expectedDelta === 0) continue;
    // Only check 1 reads Cost Amount (Expected) as text, and only for these entry types.
    ve.costAmountExpected =
      e === 0 || ve.entryType === 'Direct Cost' || ve.entryType === 'Revaluation' ? '0' : fromMinorUnits(e, scale);
    const plan = planner.plan(ve, actualDelta, expectedDelta);
    const issue = skipIssue(ctx, plan);
    if (issue) {
      skipped.push(skippedEntry(snapshot(ve, cols, c, r), issue));
      continue;
    }
    posted++;
    marks.push([g, k, r], [ve.entryNo, actualDelta !== 0 ? a : NaN, expectedDelta !== 0 ? e : NaN]);
    if (reportLines.length < reportLimit) {
      plan.ve = snapshot(ve, cols, c, r);
      reportLines.push(reportLine(plan, lineAmounts(plan, scale), scale));
    }
    const lines = plan.lines;
    if (lines.length === 0) continue;
    const dim = dimInfo(c.dimensions[r]!);
    const ddKey = dim.textId * DAY_SLOTS + c.postingDate[r]! + DAY_SLOTS / 2;
    let dd = ddIds.get(ddKey);
    if (dd === undefined) {
      dd = ddIds.size;
      ddIds.set(ddKey, dd);
    }
    for (const l of lines) {
      totals.add(l.t.base.accountType, l.amount);
      const negative = l.amount < 0;
      const key = dd * BASE_SLOTS + l.t.base.id * 2 + (negative ? 1 : 0);
      let grp = groups.get(key);
      if (!grp) {
        grp = {
          index: groupList.length,
          lastShare: -1,
          postingDate: ve.postingDate,
          base: l.t.base,
          res: l.t.res,
          dimText: dim.text,
          dimensions: { ...dim.set },
          negative,
          amount: 0,
          valueEntryNos: [],
          shares: [],
          shareTexts: [],
        };
        groups.set(key, grp);
        groupList.push(grp);
      }
      grp.amount += l.amount;
      if (grp.lastShare >= 0 && shares.f64.valueEntryNo![grp.lastShare] === ve.entryNo) {
        shares.f64.amount![grp.lastShare]! += l.amount;
      } else {
        grp.lastShare = shares.length;
        shares.push([grp.index], [ve.entryNo, l.amount]);
      }
    }
  }

  // Buffer-key order; zero lines post nothing (and relate nothing).
  const sorted = groupList.slice().sort(compareGroups);
  const glNo = new Float64Array(groupList.length);
  const glEntries: GLEntry[] = [];
  const postingGroupSummary: PostingGroupSummaryLine[] = [];
  const balance = new TransactionBalance();
  let nextNo = options.firstGLEntryNo;
  const relCount = new Uint32Array(groupList.length);
  for (const grp of sorted) {
    if (grp.amount === 0) continue;
    const b = grp.base;
    const no = nextNo++;
    glNo[grp.index] = no;
    const amount = fromMinorUnits(grp.amount, scale);
    const description = `${b.accountType} - ${b.balAccountType}, ${b.location},${b.inventoryPostingGroup},${b.genBusPostingGroup},${b.genProdPostingGroup}`;
    glEntries.push(costGLEntry(no, b.accountNo, grp.postingDate, documentNo, description, amount, grp.dimensions));
    balance.add(grp.postingDate, documentNo, grp.amount);
    postingGroupSummary.push({
      glEntryNo: no,
      accountType: b.accountType,
      balAccountType: b.balAccountType,
      postingDate: grp.postingDate,
      glAccountNo: b.accountNo,
      setupText: INVENTORY_SETUP_TYPES.has(b.accountType)
        ? `${b.location},${b.inventoryPostingGroup}`
        : `${b.genBusPostingGroup},${b.genProdPostingGroup}`,
      dimensionsText: dimensionDisplayText(grp.dimText),
      amount,
      valueEntryCount: 0,
    });
  }
  balance.assertBalanced();

  // Relations grouped by G/L entry (its group's buffer-key rank), each group's in the order added.
  const shareGroup = shares.u32.group!;
  for (let s = 0; s < shares.length; s++) relCount[shareGroup[s]!]!++;
  const start = new Float64Array(groupList.length);
  let total = 0;
  for (const grp of sorted) {
    start[grp.index] = total;
    if (grp.amount !== 0) total += relCount[grp.index]!;
  }
  const relations: ColumnarRelations = {
    length: total,
    glEntryNo: new Float64Array(total),
    valueEntryNo: new Float64Array(total),
    amount: new Float64Array(total),
  };
  const fill = start.slice();
  for (let s = 0; s < shares.length; s++) {
    const gi = shareGroup[s]!;
    if (glNo[gi] === 0) continue;
    const at = fill[gi]!++;
    relations.glEntryNo[at] = glNo[gi]!;
    relations.valueEntryNo[at] = shares.f64.valueEntryNo![s]!;
    relations.amount[at] = shares.f64.amount![s]!;
  }
  let summaryAt = 0;
  for (const grp of sorted)
    if (grp.amount !== 0) postingGroupSummary[summaryAt++]!.valueEntryCount = relCount[grp.index]!;

  const m = marks.finish();
  const watermarks: ColumnarWatermarks = {
    length: marks.length,
    row: m.u32.row!,
    chunk: m.u32.chunk!,
    rowInChunk: m.u32.rowInChunk!,
    valueEntryNo: m.f64.valueEntryNo!,
    costPostedToGL: m.f64.costPostedToGL!,
    expectedCostPostedToGL: m.f64.expectedCostPostedToGL!,
  };
  const counts = { valueEntriesPosted: posted, glEntriesCreated: glEntries.length, skipped: skipped.length };
  return ok({
    glEntries,
    relations,
    watermarks,
    skipped,
    reportLines,
    reportTotals: totals.format(scale),
    postingGroupSummary,
    counts,
    message: resultMessage(req.post, counts),
  });
}
