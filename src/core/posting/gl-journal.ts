// A manual general journal posted straight to G/L accounts (direct postings, year-end closing entries
// with closingDate): it must balance, its accounts must exist, be unblocked and of type Posting, its
// date must be allowed and the accounts' default-dimension rules kept. No value entries, no relations.
import { emptyChanges, type Dataset, type DatasetChanges, type DimensionSet, type GLEntry } from '../model';
import { isIsoDate } from '../dates';
import { fromMinorUnits, parseMinorUnits, parseDecimal } from '../money';
import { fail, ok, problem, type Problem, type Result } from '../problems';
import { dimensionIssues } from './dimensions';
import { nextGLEntryNo } from './gl-output';
import { issueToProblem } from './issues';
import { postingDateIssue } from './plan-value-entry';
import { buildPostingContext, postingDateAllowed } from './posting-context';
import { glAccountIssues } from './resolve-accounts';

export interface GLJournalLine {
  glAccountNo: string;
  amount: string;
  description?: string;
  dimensions?: DimensionSet;
}

export interface GLJournal {
  postingDate: string;
  closingDate?: boolean;
  documentNo: string;
  lines: GLJournalLine[];
}

/** Source code of general journal postings (BC's Source Code Setup "General Journal"). */
export const GENERAL_JOURNAL_SOURCE_CODE = 'GENJNL';

export function postGLJournal(ds: Dataset, journal: GLJournal): Result<DatasetChanges> {
  const ctx = buildPostingContext(ds);
  const problems: Problem[] = [];
  const where = (line: number, field: string, value: string) => ({ table: 'glJournal', line, field, value });
  if (journal.documentNo.trim() === '') {
    problems.push(
      problem('document-no-required', 'The journal needs a Document No.', {
        table: 'glJournal',
        field: 'documentNo',
        value: '',
      }),
    );
  }
  const dateValid = isIsoDate(journal.postingDate);
  if (!dateValid) {
    problems.push(
      problem('date-invalid', `Posting Date ${journal.postingDate} is not a date.`, {
        table: 'glJournal',
        field: 'postingDate',
        value: journal.postingDate,
      }),
    );
  } else if (!postingDateAllowed(ctx, journal.postingDate)) {
    problems.push(issueToProblem(postingDateIssue(ctx, journal.postingDate), undefined));
  }
  if (journal.lines.length === 0) {
    problems.push(
      problem('nothing-to-post', 'The journal has no lines.', { table: 'glJournal', field: 'lines', value: '' }),
    );
  }
  const amounts: number[] = [];
  let total = 0;
  journal.lines.forEach((l, i) => {
    const n = i + 1;
    const amount = parseMinorUnits(l.amount.trim(), ctx.scale);
    if (amount === null) {
      const tooPrecise = parseDecimal(l.amount) !== null;
      problems.push(
        problem(
          tooPrecise ? 'amount-too-precise' : 'amount-invalid',
          tooPrecise
            ? `Amount ${l.amount} on journal line ${n} has more decimals than the amount rounding precision ${ds.generalLedgerSetup.amountRoundingPrecision}.`
            : `Amount ${l.amount} on journal line ${n} is not a decimal amount.`,
          where(n, 'amount', l.amount),
        ),
      );
    } else {
      amounts.push(amount);
      total += amount;
    }
    if (l.glAccountNo.trim() === '') {
      problems.push(problem('missing-account', `Journal line ${n} has no G/L account.`, where(n, 'glAccountNo', '')));
      return;
    }
    for (const issue of glAccountIssues(ctx, l.glAccountNo))
      problems.push(withLine(issueToProblem(issue, undefined), n));
    for (const issue of dimensionIssues(ctx, l.glAccountNo, l.dimensions ?? {}))
      problems.push(withLine(issueToProblem(issue, undefined), n));
  });
  if (amounts.length === journal.lines.length && total !== 0) {
    problems.push(
      problem(
        'gl-journal-not-balanced',
        `The journal ${journal.documentNo} on ${journal.postingDate} does not balance: the lines sum to ${fromMinorUnits(total, ctx.scale)}.`,
        { table: 'glJournal', field: 'amount', value: fromMinorUnits(total, ctx.scale) },
        'Debits (positive amounts) must equal credits (negative amounts).',
      ),
    );
  }
  if (problems.length > 0) return fail(problems);

  const changes = emptyChanges();
  let no = nextGLEntryNo(ds);
  journal.lines.forEach((l, i) => {
    const entry: GLEntry = {
      entryNo: no++,
      glAccountNo: l.glAccountNo,
      postingDate: journal.postingDate,
      documentNo: journal.documentNo,
      description: l.description ?? '',
      amount: fromMinorUnits(amounts[i]!, ctx.scale),
      sourceCode: GENERAL_JOURNAL_SOURCE_CODE,
      closingDate: journal.closingDate === true,
      dateCompressed: false,
      dimensions: { ...(l.dimensions ?? {}) },
    };
    changes.glEntries.push(entry);
  });
  return ok(changes);
}

function withLine(p: Problem, line: number): Problem {
  p.where = { ...p.where, table: 'glJournal', line };
  return p;
}
