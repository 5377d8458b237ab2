// Posting inventory cost to the G/L: the batch job, its test report, automatic cost posting and
// manual G/L journals (domain.md §3–§4).
export * from './account-types';
export * from './posting-table';
export type { PostInventoryCostRequest } from './request';
export { REPORT_COLUMNS, REPORT_COLUMN_OF, type ReportColumn } from './report-totals';
export {
  postInventoryCostToGL,
  type PostInventoryCostResult,
  type PostingGroupSummaryLine,
  type PostingReportLine,
  type SkippedEntry,
} from './batch-job';
export { testPostInventoryCostToGL, type TestReportLine } from './test-report';
export { postGLJournal, GENERAL_JOURNAL_SOURCE_CODE, type GLJournal, type GLJournalLine } from './gl-journal';
export { AutomaticPoster, postValueEntriesToGL } from './automatic-posting';
export { INVENTORY_POST_COST_SOURCE_CODE } from './gl-output';
export { dimensionSetText } from './dimensions';
export { buildPostingContext, type PostingContext } from './posting-context';
export { AccountResolver, inventoryPostingGroupFor, type AccountResolution } from './resolve-accounts';
