// The batch job's request options (report 1002's request page) and their checks: Document No. is
// required per posting group and not allowed per entry (preview and test report too); filters parse.
import { parseCodeFilter, parseDateFilter, type CodeFilter, type DateRange } from '../filters';
import type { PostingMethod } from '../model';
import { problem, type Problem } from '../problems';

export interface PostInventoryCostRequest {
  postingMethod: PostingMethod;
  documentNo?: string;
  post: boolean;
  itemFilter?: string;
  dateFilter?: string;
  /** Per-value-entry report lines (default true); a UI over a million entries may leave them out. */
  includeReportLines?: boolean;
}

export interface CheckedRequest {
  perEntry: boolean;
  documentNo: string;
  items: CodeFilter;
  dates: DateRange;
}

export function checkRequest(
  req: Omit<PostInventoryCostRequest, 'post'>,
): { ok: true; value: CheckedRequest } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const perEntry = req.postingMethod === 'Per Entry';
  const documentNo = (req.documentNo ?? '').trim();
  if (!perEntry && documentNo === '') {
    problems.push(
      problem(
        'document-no-required',
        'Please enter a Document No. when posting per Posting Group.',
        { field: 'documentNo', value: '' },
        'Per posting group, every G/L entry of the run gets this Document No.',
      ),
    );
  }
  if (perEntry && documentNo !== '') {
    problems.push(
      problem(
        'document-no-not-allowed',
        `Do not enter a Document No. when posting per Entry (got ${documentNo}).`,
        { field: 'documentNo', value: documentNo },
        'Per entry, each G/L entry takes the value entry’s own Document No.; clear the field.',
      ),
    );
  }
  const dates = parseDateFilter(req.dateFilter);
  if (!dates) {
    problems.push(
      problem(
        'date-invalid',
        `The date filter ${req.dateFilter ?? ''} is not valid.`,
        { field: 'dateFilter', value: req.dateFilter ?? '' },
        'Use D, D1..D2, ..D2 or D1.. with ISO dates; a bound may be a closing date C2025-12-31.',
      ),
    );
  }
  if (problems.length > 0 || !dates) return { ok: false, problems };
  return { ok: true, value: { perEntry, documentNo, items: parseCodeFilter(req.itemFilter), dates } };
}
