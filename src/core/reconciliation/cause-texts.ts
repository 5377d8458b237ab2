// English texts of the cause catalogue (domain.md §7), in one place so the UI can translate by code.
// `{field}` stands for the matrix field the cause belongs to.
import type { CauseCode } from './types';

export interface CauseText {
  label: string;
  explanation: string;
  hint: string;
}

export const CAUSE_TEXTS: Record<CauseCode, CauseText> = {
  'cost-not-posted': {
    label: 'Post Cost to G/L',
    explanation: 'Some value entries for {field} have cost that is not yet posted to the G/L.',
    hint: 'Run Post Inventory Cost to G/L to post them.',
  },
  'expected-cost-posting-off': {
    label: 'Expected Cost Setup',
    explanation:
      'Expected Cost Posting to G/L is off, so the expected cost of these value entries never reaches the interim accounts of {field}.',
    hint: 'Turn on Expected Cost Posting to G/L in Inventory Setup and post inventory cost, or accept the difference until the entries are invoiced.',
  },
  'direct-posting': {
    label: 'Direct Posting',
    explanation: 'G/L entries on the {field} accounts were posted directly, not from any value entry.',
    hint: 'Check the journals that posted them; inventory accounts should only receive cost posting.',
  },
  'closing-entries': {
    label: 'Closed Fiscal Year',
    explanation: 'Closing entries on a closing date inside the date filter move the {field} balance.',
    hint: 'End the date filter on the last day of the year (not its closing date) to leave them out.',
  },
  'posting-date-mismatch': {
    label: 'Posting Date',
    explanation:
      'G/L entries from cost posting and their value entries lie on different sides of the date filter for {field}.',
    hint: 'Widen the date filter, or check the posting dates of the entries listed.',
  },
  'account-mapping-changed': {
    label: 'Posting Group',
    explanation:
      'Cost was posted for {field} to an account that the current posting setup maps differently: the setup changed after posting.',
    hint: 'Restore the account in the General or Inventory Posting Setup, or move the balance with a G/L journal.',
  },
  'shared-account': {
    label: 'Similar Accounts',
    explanation: 'An account of {field} is also used for another field, so its cost posting is counted twice.',
    hint: 'Give each inventory field its own G/L account in the posting setup.',
  },
  'deleted-account': {
    label: 'Deleted Accounts',
    explanation: 'Cost posted for {field} is on a G/L account that is blank or no longer exists.',
    hint: 'Recreate the G/L account or move its entries to the current account.',
  },
  'date-compression': {
    label: 'Compression',
    explanation: 'Date-compressed G/L entries on the {field} accounts can no longer be traced to value entries.',
    hint: 'Reconcile periods before the compression against saved reports.',
  },
  unexplained: {
    label: 'Unexplained',
    explanation: 'Part of the {field} difference fits none of the known causes.',
    hint: 'Drill down to the entries and compare them one by one; this may be a data error.',
  },
};

export function causeText(code: CauseCode, field: string): CauseText {
  const t = CAUSE_TEXTS[code];
  return { label: t.label, explanation: t.explanation.replace('{field}', field), hint: t.hint };
}
