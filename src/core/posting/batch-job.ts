// Post Inventory Cost to G/L (BC report 1002) with Costbook's rules (domain.md §4): reads the waiting
// value entries in BC's order, skips (never aborts) what cannot post, posts per entry or per posting
// group, and returns the lines, relations, watermarks, report columns and skipped list. Preview and
// posting compute the same result; the caller applies `changes` only when post = true.
import {
  emptyChanges,
  type DatasetChanges,
  type Dataset,
  type GLEntry,
  type GLItemLedgerRelation,
  type ValueEntry,
  type ValueEntryWatermark,
} from '../model';
import { fromMinorUnits } from '../money';
import { fail, ok, type Problem, type ProblemCode, type Result } from '../problems';
import type { InventoryAccountType } from './account-types';
import { PostingBuffer } from './buffer-key';
import { dimensionDisplayText, dimensionSetText } from './dimensions';
import {
  costGLEntry,
  dimensionsOfLines,
  nextGLEntryNo,
  perEntryDescription,
  relation,
  TransactionBalance,
} from './gl-output';
import { issueToProblem, type Issue } from './issues';
import { skipIssue } from './line-checks';
import { Planner, type EntryPlan } from './plan-value-entry';
import { buildPostingContext } from './posting-context';
import { entriesInReadOrder } from './read-order';
import { REPORT_COLUMN_OF, ReportTotals, type ReportColumn } from './report-totals';
import { checkRequest, type PostInventoryCostRequest } from './request';

export interface SkippedEntry {
  valueEntryNo: number;
  code: ProblemCode;
  message: string;
  problem: Problem;
  itemNo: string;
  itemLedgerEntryType: ValueEntry['itemLedgerEntryType'];
  entryType: ValueEntry['entryType'];
  documentNo: string;
  sourceNo: string;
  postingDate: string;
  inventoryPostingGroup: string;
  locationCode: string;
  genBusPostingGroup: string;
  genProdPostingGroup: string;
  expectedCost: boolean;
  /** Cost Amount (Expected) when the entry is expected cost, else Cost Amount (Actual). */
  costAmount: string;
}

/** One value entry that posts: BC's printed fields and its amounts in the report columns (non-zero only). */
export interface PostingReportLine {
  valueEntryNo: number;
  itemNo: string;
  itemLedgerEntryType: ValueEntry['itemLedgerEntryType'];
  entryType: ValueEntry['entryType'];
  orderNo: string;
  sourceNo: string;
  documentNo: string;
  inventoryPostingGroup: string;
  postingDate: string;
  expectedCost: boolean;
  amounts: Partial<Record<ReportColumn, string>>;
}

/** One summarized buffer line (Per Posting Group only). */
export interface PostingGroupSummaryLine {
  glEntryNo: number;
  accountType: InventoryAccountType;
  balAccountType: InventoryAccountType;
  postingDate: string;
  glAccountNo: string;
  /** `Location,Invt. Posting Group` for inventory-type accounts, else `Gen. Bus.,Gen. Prod.` (as BC prints). */
  setupText: string;
  dimensionsText: string;
  amount: string;
  valueEntryCount: number;
}

export interface PostInventoryCostResult {
  glEntries: GLEntry[];
  relations: GLItemLedgerRelation[];
  changes: DatasetChanges;
  skipped: SkippedEntry[];
  reportLines: PostingReportLine[];
  reportTotals: Record<ReportColumn, string>;
  postingGroupSummary: PostingGroupSummaryLine[];
  counts: { valueEntriesPosted: number; glEntriesCreated: number; skipped: number };
  message: string;
}

export const INVENTORY_SETUP_TYPES = new Set<InventoryAccountType>([
  'Inventory',
  'Inventory (Interim)',
  'WIP Inventory',
  'Material Variance',
  'Capacity Variance',
  'Subcontracted Variance',
  'Cap. Overhead Variance',
  'Mfg. Overhead Variance',
]);

export const EXPECTED_COST_NOT_POSTED: Issue = {
  code: 'expected-cost-not-posted',
  message:
    'Expected cost is not posted to the G/L: Expected Cost Posting to G/L is off, and the entry waits for its invoice.',
  table: 'inventorySetup',
  field: 'expectedCostPostingToGL',
  value: 'false',
  hint: 'Invoice the receipt or shipment, or turn on Expected Cost Posting to G/L.',
};

export function skippedEntry(ve: ValueEntry, issue: Issue): SkippedEntry {
  const p = issueToProblem(issue, ve.entryNo, 'warning');
  return {
    valueEntryNo: ve.entryNo,
    code: issue.code,
    message: issue.message,
    problem: p,
    itemNo: ve.itemNo,
    itemLedgerEntryType: ve.itemLedgerEntryType,
    entryType: ve.entryType,
    documentNo: ve.documentNo,
    sourceNo: ve.sourceNo,
    postingDate: ve.postingDate,
    inventoryPostingGroup: ve.inventoryPostingGroup,
    locationCode: ve.locationCode,
    genBusPostingGroup: ve.genBusPostingGroup,
    genProdPostingGroup: ve.genProdPostingGroup,
    expectedCost: ve.expectedCost,
    costAmount: ve.expectedCost ? ve.costAmountExpected : ve.costAmountActual,
  };
}

/** Formats each line's amount once (relations and report columns share the strings). */
export function lineAmounts(plan: EntryPlan, scale: number): string[] {
  return plan.lines.map((l) => fromMinorUnits(l.amount, scale));
}

export function reportLine(plan: EntryPlan, formatted: string[], scale: number): PostingReportLine {
  const amounts: Partial<Record<ReportColumn, string>> = {};
  const lines = plan.lines;
  for (let i = 0; i < lines.length; i++) {
    const c = REPORT_COLUMN_OF[lines[i]!.t.base.accountType];
    if (amounts[c] !== undefined) continue;
    let sum = lines[i]!.amount;
    let shared = true;
    for (let j = i + 1; j < lines.length; j++) {
      if (REPORT_COLUMN_OF[lines[j]!.t.base.accountType] !== c) continue;
      sum += lines[j]!.amount;
      shared = false;
    }
    if (sum !== 0) amounts[c] = shared ? formatted[i]! : fromMinorUnits(sum, scale);
  }
  const ve = plan.ve;
  return {
    valueEntryNo: ve.entryNo,
    itemNo: ve.itemNo,
    itemLedgerEntryType: ve.itemLedgerEntryType,
    entryType: ve.entryType,
    orderNo: ve.orderNo,
    sourceNo: ve.sourceNo,
    documentNo: ve.documentNo,
    inventoryPostingGroup: ve.inventoryPostingGroup,
    postingDate: ve.postingDate,
    expectedCost: ve.expectedCost,
    amounts,
  };
}

function watermark(plan: EntryPlan): ValueEntryWatermark {
  const w: ValueEntryWatermark = { valueEntryNo: plan.ve.entryNo };
  if (plan.actualDelta !== 0) w.costPostedToGL = plan.ve.costAmountActual;
  if (plan.expectedDelta !== 0) w.expectedCostPostedToGL = plan.ve.costAmountExpected;
  return w;
}

export function postInventoryCostToGL(ds: Dataset, req: PostInventoryCostRequest): Result<PostInventoryCostResult> {
  const checked = checkRequest(req);
  if (!checked.ok) return fail(checked.problems);
  const { perEntry, documentNo, items, dates } = checked.value;
  const withReportLines = req.includeReportLines !== false;
  const ctx = buildPostingContext(ds);
  const scale = ctx.scale;
  const planner = new Planner(ctx);

  const glEntries: GLEntry[] = [];
  const relations: GLItemLedgerRelation[] = [];
  const watermarks: ValueEntryWatermark[] = [];
  const skipped: SkippedEntry[] = [];
  const reportLines: PostingReportLine[] = [];
  const totals = new ReportTotals();
  const balance = new TransactionBalance();
  const buffer = perEntry ? null : new PostingBuffer();
  let nextNo = nextGLEntryNo(ds);
  let posted = 0;

  for (const ve of entriesInReadOrder(ds.valueEntries, items, dates)) {
    const outcome = planner.planBatchEntry(ve);
    if (outcome === 'not-waiting') continue;
    if (outcome === 'expected-cost-not-posted') {
      skipped.push(skippedEntry(ve, EXPECTED_COST_NOT_POSTED));
      continue;
    }
    const issue = skipIssue(ctx, outcome);
    if (issue) {
      skipped.push(skippedEntry(ve, issue));
      continue;
    }
    posted++;
    watermarks.push(watermark(outcome));
    const formatted = lineAmounts(outcome, scale);
    if (withReportLines) reportLines.push(reportLine(outcome, formatted, scale));
    for (const l of outcome.lines) totals.add(l.t.base.accountType, l.amount);
    if (buffer) {
      const dimText = dimensionSetText(ve.dimensions);
      outcome.lines.forEach((l, i) => {
        buffer.add(ve.postingDate, dimText, ve.dimensions, l.t.base, l.t.res, l.amount, ve.entryNo, formatted[i]!);
      });
      continue;
    }
    if (outcome.lines.length === 0) continue;
    const description = perEntryDescription(ve);
    const dims = dimensionsOfLines(ve.dimensions);
    let sum = 0;
    outcome.lines.forEach((l, i) => {
      const no = nextNo++;
      glEntries.push(
        costGLEntry(no, l.t.base.accountNo, ve.postingDate, ve.documentNo, description, formatted[i]!, dims),
      );
      relations.push(relation(no, ve.entryNo, formatted[i]!));
      sum += l.amount;
    });
    // Each entry's lines balance, so every (posting date, document no.) transaction of the run does.
    if (sum !== 0) throw new Error(`value entry ${ve.entryNo} plans unbalanced lines (${sum} minor units)`);
  }

  const postingGroupSummary: PostingGroupSummaryLine[] = [];
  if (buffer) {
    for (const g of buffer.sorted()) {
      if (g.amount === 0) continue;
      const b = g.base;
      const no = nextNo++;
      const description = `${b.accountType} - ${b.balAccountType}, ${b.location},${b.inventoryPostingGroup},${b.genBusPostingGroup},${b.genProdPostingGroup}`;
      glEntries.push(
        costGLEntry(
          no,
          b.accountNo,
          g.postingDate,
          documentNo,
          description,
          fromMinorUnits(g.amount, scale),
          g.dimensions,
        ),
      );
      for (let i = 0; i < g.valueEntryNos.length; i++) {
        const text = g.shareTexts[i]! === '' ? fromMinorUnits(g.shares[i]!, scale) : g.shareTexts[i]!;
        relations.push(relation(no, g.valueEntryNos[i]!, text));
      }
      balance.add(g.postingDate, documentNo, g.amount);
      postingGroupSummary.push({
        glEntryNo: no,
        accountType: b.accountType,
        balAccountType: b.balAccountType,
        postingDate: g.postingDate,
        glAccountNo: b.accountNo,
        setupText: INVENTORY_SETUP_TYPES.has(b.accountType)
          ? `${b.location},${b.inventoryPostingGroup}`
          : `${b.genBusPostingGroup},${b.genProdPostingGroup}`,
        dimensionsText: dimensionDisplayText(g.dimText),
        amount: fromMinorUnits(g.amount, scale),
        valueEntryCount: g.valueEntryNos.length,
      });
    }
  }
  balance.assertBalanced();

  const changes = emptyChanges();
  changes.glEntries = glEntries;
  changes.glItemLedgerRelations = relations;
  changes.watermarks = watermarks;
  const counts = { valueEntriesPosted: posted, glEntriesCreated: glEntries.length, skipped: skipped.length };
  return ok({
    glEntries,
    relations,
    changes,
    skipped,
    reportLines,
    reportTotals: totals.format(scale),
    postingGroupSummary,
    counts,
    message: resultMessage(req.post, counts),
  });
}

export function resultMessage(post: boolean, c: PostInventoryCostResult['counts']): string {
  const skippedText =
    c.skipped === 0 ? '' : ` ${c.skipped} value ${c.skipped === 1 ? 'entry was' : 'entries were'} skipped.`;
  if (c.valueEntriesPosted === 0) {
    return `${post ? 'There is nothing to post to the general ledger.' : 'Preview: there is nothing to post to the general ledger.'}${skippedText}`;
  }
  const n = c.valueEntriesPosted;
  const entries = `${n} value ${n === 1 ? 'entry' : 'entries'}`;
  const gl = `${c.glEntriesCreated} G/L ${c.glEntriesCreated === 1 ? 'entry' : 'entries'}`;
  return post
    ? `${entries} ${n === 1 ? 'has' : 'have'} been posted to the general ledger as ${gl}.${skippedText}`
    : `Preview: ${entries} would be posted to the general ledger as ${gl}.${skippedText}`;
}
