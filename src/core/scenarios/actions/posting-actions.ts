// Scenario actions of the posting module: postInventoryCostToGL (stored only when post is true),
// testReport, and postGLJournal (a manual journal that is not cost posting).
import { POSTING_METHODS } from '../../model';
import {
  postGLJournal,
  postInventoryCostToGL,
  testPostInventoryCostToGL,
  type GLJournalLine,
  type PostInventoryCostRequest,
} from '../../posting';
import { problem } from '../../problems';
import { isPlainObject } from '../../setup';
import type { ActionRegistry, ScenarioStep } from '../types';
import { StepFields } from './step-fields';

/** The batch job's request from a step; optional fields only when given. */
function batchRequest(fields: StepFields): Omit<PostInventoryCostRequest, 'post'> {
  const req: Omit<PostInventoryCostRequest, 'post'> = { postingMethod: fields.oneOf('postingMethod', POSTING_METHODS) };
  const documentNo = fields.optionalString('documentNo');
  const itemFilter = fields.optionalString('itemFilter');
  const dateFilter = fields.optionalString('dateFilter');
  if (documentNo !== undefined) req.documentNo = documentNo;
  if (itemFilter !== undefined) req.itemFilter = itemFilter;
  if (dateFilter !== undefined) req.dateFilter = dateFilter;
  return req;
}

function journalLines(fields: StepFields, step: ScenarioStep): GLJournalLine[] {
  return fields.list('lines').flatMap((raw, i): GLJournalLine[] => {
    const line = isPlainObject(raw) ? raw : {};
    const { glAccountNo, amount, description, dimensions } = line;
    if (typeof glAccountNo !== 'string' || typeof amount !== 'string') {
      fields.problems.push(
        problem('field-required', `${step.action} line ${i + 1} needs glAccountNo and amount (strings)`, {
          line: i + 1,
          field: 'lines',
          value: JSON.stringify(raw),
        }),
      );
      return [];
    }
    const out: GLJournalLine = { glAccountNo, amount };
    if (typeof description === 'string') out.description = description;
    if (isPlainObject(dimensions)) out.dimensions = dimensions as Record<string, string>;
    return [out];
  });
}

export const postingActions: ActionRegistry = {
  postInventoryCostToGL: (state, step) => {
    const fields = new StepFields(step);
    const req = batchRequest(fields);
    const post = fields.boolean('post');
    if (fields.problems.length > 0) return { problems: fields.problems };
    const result = postInventoryCostToGL(state.dataset, { ...req, post });
    if (!result.ok) return { problems: result.problems };
    const { changes, glEntries, relations, skipped, reportTotals } = result.value;
    return post ? { changes, skipped, reportTotals } : { preview: { glEntries, relations }, skipped, reportTotals };
  },

  testReport: (state, step) => {
    const fields = new StepFields(step);
    const req = batchRequest(fields);
    if (fields.problems.length > 0) return { problems: fields.problems };
    const result = testPostInventoryCostToGL(state.dataset, req);
    return result.ok ? { testReport: result.value.lines } : { problems: result.problems };
  },

  postGLJournal: (state, step) => {
    const fields = new StepFields(step);
    const postingDate = fields.string('postingDate');
    const documentNo = fields.string('documentNo');
    const closingDate = fields.optionalBoolean('closingDate');
    const lines = journalLines(fields, step);
    if (fields.problems.length > 0) return { problems: fields.problems };
    const result = postGLJournal(state.dataset, {
      postingDate,
      documentNo,
      lines,
      ...(closingDate === undefined ? {} : { closingDate }),
    });
    return result.ok ? { changes: result.value } : { problems: result.problems };
  },
};
