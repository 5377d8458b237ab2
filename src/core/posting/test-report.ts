// Post Invt. Cost to G/L – Test (BC report 1003, domain.md §4): every would-be G/L line with its
// problems in check order — per entry the value entry's lines in read order, per posting group the
// summarized lines naming their value entries. Dimension rules are listed as warnings. Never changes data.
import type { Dataset, DimensionSet } from '../model';
import { fromMinorUnits } from '../money';
import { fail, ok, type Problem, type Result } from '../problems';
import type { InventoryAccountType } from './account-types';
import { PostingBuffer } from './buffer-key';
import { dimensionSetText } from './dimensions';
import { perEntryDescription } from './gl-output';
import { isDimensionCode, issueToProblem, type Issue } from './issues';
import { lineIssues, ruleLineIssues } from './line-checks';
import { Planner, type EntryPlan } from './plan-value-entry';
import { buildPostingContext, postingDateAllowed } from './posting-context';
import { entriesInReadOrder } from './read-order';
import { checkRequest, type PostInventoryCostRequest } from './request';

export interface TestReportLine {
  valueEntryNo?: number;
  valueEntryNos?: number[];
  glAccountNo?: string;
  glAccountName?: string;
  accountType?: InventoryAccountType;
  balAccountType?: InventoryAccountType;
  postingDate: string;
  documentNo: string;
  description: string;
  amount: string;
  dimensions: DimensionSet;
  problems: Problem[];
}

function toProblems(issues: Issue[], entryNo: number): Problem[] {
  return issues.map((i) => issueToProblem(i, entryNo, isDimensionCode(i.code) ? 'warning' : 'error'));
}

export function testPostInventoryCostToGL(
  ds: Dataset,
  req: Omit<PostInventoryCostRequest, 'post'>,
): Result<{ lines: TestReportLine[] }> {
  const checked = checkRequest(req);
  if (!checked.ok) return fail(checked.problems);
  const { perEntry, documentNo, items, dates } = checked.value;
  const ctx = buildPostingContext(ds);
  const scale = ctx.scale;
  const planner = new Planner(ctx);
  const accountName = (no: string): string | undefined => ctx.glAccounts.get(no.toUpperCase())?.name;

  const lines: TestReportLine[] = [];
  const buffer = perEntry ? null : new PostingBuffer();
  const wrongType = new Map<number, Issue>();

  for (const ve of entriesInReadOrder(ds.valueEntries, items, dates)) {
    const outcome = planner.planBatchEntry(ve);
    if (typeof outcome === 'string') continue; // not waiting, or expected cost not posted: BC omits it
    const plan: EntryPlan = outcome;
    if (plan.ruleIssue) {
      lines.push({
        valueEntryNo: ve.entryNo,
        ...(perEntry ? {} : { valueEntryNos: [ve.entryNo] }),
        postingDate: ve.postingDate,
        documentNo: perEntry ? ve.documentNo : documentNo,
        description: `Value Entry ${ve.entryNo}`,
        amount: fromMinorUnits(plan.actualDelta, scale),
        dimensions: { ...ve.dimensions },
        problems: toProblems(ruleLineIssues(plan), ve.entryNo),
      });
      continue;
    }
    if (buffer) {
      if (plan.wrongTypeIssue) wrongType.set(ve.entryNo, plan.wrongTypeIssue);
      const dimText = dimensionSetText(ve.dimensions);
      for (const l of plan.lines)
        buffer.add(ve.postingDate, dimText, ve.dimensions, l.t.base, l.t.res, l.amount, ve.entryNo, '');
      continue;
    }
    for (const l of plan.lines) {
      const issues = lineIssues(
        ctx,
        {
          wrongTypeIssue: plan.wrongTypeIssue,
          res: l.t.res,
          postingDate: ve.postingDate,
          dateAllowed: plan.dateAllowed,
          dimensions: ve.dimensions,
        },
        true,
      );
      lines.push(
        accountLine(
          {
            valueEntryNo: ve.entryNo,
            postingDate: ve.postingDate,
            documentNo: ve.documentNo,
            description: perEntryDescription(ve),
            amount: fromMinorUnits(l.amount, scale),
            dimensions: { ...ve.dimensions },
            problems: toProblems(issues, ve.entryNo),
            accountType: l.t.base.accountType,
            balAccountType: l.t.base.balAccountType,
          },
          l.t.res.accountNo,
          accountName,
        ),
      );
    }
  }

  if (buffer) {
    for (const g of buffer.sorted()) {
      const b = g.base;
      const firstWrong = g.valueEntryNos.find((no) => wrongType.has(no));
      const issues = lineIssues(
        ctx,
        {
          wrongTypeIssue: firstWrong === undefined ? null : wrongType.get(firstWrong)!,
          res: g.res,
          postingDate: g.postingDate,
          dateAllowed: postingDateAllowed(ctx, g.postingDate),
          dimensions: g.dimensions,
        },
        true,
      );
      lines.push(
        accountLine(
          {
            valueEntryNos: [...g.valueEntryNos].sort((x, y) => x - y),
            postingDate: g.postingDate,
            documentNo,
            description: `${b.accountType} - ${b.balAccountType}, ${b.location},${b.inventoryPostingGroup},${b.genBusPostingGroup},${b.genProdPostingGroup}`,
            amount: fromMinorUnits(g.amount, scale),
            dimensions: g.dimensions,
            problems: toProblems(issues, firstWrong ?? g.valueEntryNos[0]!),
            accountType: b.accountType,
            balAccountType: b.balAccountType,
          },
          g.res.accountNo,
          accountName,
        ),
      );
    }
  }
  return ok({ lines });
}

function accountLine(
  line: TestReportLine,
  accountNo: string,
  accountName: (no: string) => string | undefined,
): TestReportLine {
  if (accountNo === '') return line;
  line.glAccountNo = accountNo;
  const name = accountName(accountNo);
  if (name !== undefined) line.glAccountName = name;
  return line;
}
