// Manual G/L journals: balanced direct postings and closing entries; every refusal reason.
import { describe, expect, it } from 'vitest';
import { postGLJournal, type GLJournal } from '../../../src/core/posting';
import { baseDataset } from './fixtures';

const journal = (over: Partial<GLJournal> = {}): GLJournal => ({
  postingDate: '2025-12-20',
  documentNo: 'GJ-1',
  lines: [
    { glAccountNo: '7290', amount: '15.00', description: 'Freight' },
    { glAccountNo: '2130', amount: '-15' },
  ],
  ...over,
});

const codes = (j: GLJournal, ds = baseDataset()) => {
  const r = postGLJournal(ds, j);
  return r.ok ? [] : r.problems.map((p) => p.code);
};

describe('postGLJournal', () => {
  it('posts balanced lines after the highest entry no., with no relations', () => {
    const ds = baseDataset();
    const r = postGLJournal(ds, journal({ closingDate: true }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(
      r.value.glEntries.map((g) => [g.entryNo, g.glAccountNo, g.amount, g.closingDate, g.documentNo, g.description]),
    ).toEqual([
      [1, '7290', '15.00', true, 'GJ-1', 'Freight'],
      [2, '2130', '-15.00', true, 'GJ-1', ''],
    ]);
    expect(r.value.glItemLedgerRelations).toEqual([]);
    expect(r.value.watermarks).toEqual([]);
  });

  it('refuses an unbalanced journal, naming the difference', () => {
    const r = postGLJournal(
      baseDataset(),
      journal({
        lines: [
          { glAccountNo: '7290', amount: '15.00' },
          { glAccountNo: '2130', amount: '-14.99' },
        ],
      }),
    );
    expect(r.ok ? null : r.problems[0]).toMatchObject({ code: 'gl-journal-not-balanced', where: { value: '0.01' } });
  });

  it('refuses unknown, blocked and non-posting accounts, a disallowed date and a bad amount', () => {
    const ds = baseDataset();
    ds.generalLedgerSetup.allowPostingTo = '2025-11-30';
    ds.glAccounts.push(
      { no: '9000', name: 'Blocked', incomeBalance: 'Balance Sheet', accountType: 'Posting', blocked: true },
      { no: '9100', name: 'Heading', incomeBalance: 'Balance Sheet', accountType: 'Heading', blocked: false },
    );
    const j = journal({
      lines: [
        { glAccountNo: '8888', amount: '1.00' },
        { glAccountNo: '9000', amount: '1.00' },
        { glAccountNo: '9100', amount: '-2.00' },
        { glAccountNo: '2130', amount: '1.001' },
      ],
    });
    expect(codes(j, ds)).toEqual([
      'posting-date-not-allowed',
      'unknown-gl-account',
      'gl-account-blocked',
      'gl-account-not-posting',
      'amount-too-precise',
    ]);
  });

  it('needs a document no. and lines', () => {
    expect(codes(journal({ documentNo: ' ' }))).toEqual(['document-no-required']);
    expect(codes(journal({ lines: [] }))).toEqual(['nothing-to-post']);
  });
});
