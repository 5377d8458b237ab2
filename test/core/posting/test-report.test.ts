// Test report: every would-be line with its problems in check order and the stop rules; never writes.
import { beforeEach, describe, expect, it } from 'vitest';
import { testPostInventoryCostToGL } from '../../../src/core/posting';
import { baseDataset, resetEntryNos, ve, withEntries } from './fixtures';

beforeEach(resetEntryNos);

function trickyDataset() {
  const ds = baseDataset();
  ds.generalLedgerSetup.allowPostingFrom = '2026-01-05';
  ds.generalPostingSetup.push(
    { ...ds.generalPostingSetup[1]!, genBusPostingGroup: 'EU', blocked: true },
    { ...ds.generalPostingSetup[1]!, genBusPostingGroup: 'STAFF', cogsAccount: '7296' },
  );
  ds.glAccounts.push({
    no: '7296',
    name: 'COGS staff',
    incomeBalance: 'Income Statement',
    accountType: 'Posting',
    blocked: true,
  });
  ds.defaultDimensions.push(
    { glAccountNo: '7290', dimensionCode: 'DEPARTMENT', valuePosting: 'Code Mandatory', dimensionValueCode: '' },
    { glAccountNo: '7291', dimensionCode: 'PROJECT', valuePosting: 'No Code', dimensionValueCode: '' },
    { glAccountNo: '7270', dimensionCode: 'DEPARTMENT', valuePosting: 'Same Code', dimensionValueCode: 'ADM' },
  );
  return withEntries(ds, [
    ve({ postingDate: '2026-01-02', costAmountActual: '100.00', dimensions: { PROJECT: 'P100' } }),
    ve({
      postingDate: '2026-01-03',
      itemLedgerEntryType: 'Sale',
      genBusPostingGroup: 'EU',
      costAmountActual: '-10.00',
    }),
    ve({ postingDate: '2026-01-06', locationCode: 'NOWHERE', costAmountActual: '40.00' }),
    ve({
      postingDate: '2026-01-07',
      itemLedgerEntryType: 'Positive Adjmt.',
      genBusPostingGroup: '',
      costAmountActual: '20.00',
      dimensions: { DEPARTMENT: 'PROD' },
    }),
    ve({
      postingDate: '2026-01-08',
      itemLedgerEntryType: 'Sale',
      genBusPostingGroup: 'STAFF',
      costAmountActual: '-10.00',
      dimensions: { DEPARTMENT: 'SALES' },
    }),
    ve({ postingDate: '2026-01-20', itemLedgerEntryType: 'Sale', costAmountActual: '-10.00' }),
    ve({ postingDate: '2026-01-20', itemLedgerEntryType: 'Sale', costAmountActual: '-20.00' }),
    ve({ postingDate: '2026-01-21', itemLedgerEntryType: 'Sale', entryType: 'Variance', costAmountActual: '-1.00' }),
  ]);
}

const codes = (l: { problems: { code: string }[] }) => l.problems.map((p) => p.code);

describe('per entry', () => {
  it('lists each entry’s lines in buffer-key order with their problems in check order and the stop rules', () => {
    const ds = trickyDataset();
    const before = JSON.stringify(ds);
    const r = testPostInventoryCostToGL(ds, { postingMethod: 'Per Entry' });
    if (!r.ok) throw new Error('refused');
    expect(r.value.lines.map((l) => [l.valueEntryNo, l.glAccountNo ?? null, l.amount, codes(l)])).toEqual([
      [1, '2130', '100.00', ['posting-date-not-allowed']],
      // Date (check 6) before the dimension rule (check 8).
      [1, '7291', '-100.00', ['posting-date-not-allowed', 'dimension-not-allowed']],
      [2, '2130', '-10.00', ['posting-date-not-allowed']],
      // A blocked setup stops its line: no date, no dimension problem, but the setup's account shows.
      [2, '7290', '10.00', ['general-posting-setup-blocked']],
      [3, null, '40.00', ['missing-inventory-posting-setup']],
      [3, '7291', '-40.00', []],
      [4, '2130', '20.00', []],
      [4, '7270', '-20.00', ['dimension-value-mismatch']],
      [5, '2130', '-10.00', []],
      [5, '7296', '10.00', ['gl-account-blocked']],
      [6, '2130', '-10.00', []],
      [6, '7290', '10.00', ['dimension-value-required']],
      [7, '2130', '-20.00', []],
      [7, '7290', '20.00', ['dimension-value-required']],
      // A combination not in the posting table: one line without an account.
      [8, null, '-1.00', ['posting-combination-not-allowed']],
    ]);
    expect(r.value.lines[0]).toMatchObject({
      documentNo: 'DOC-1',
      description: 'Direct Cost 10000 on 2026-01-02',
      glAccountName: 'Account 2130',
    });
    const dimProblem = r.value.lines[1]!.problems[1]!;
    expect(dimProblem.severity).toBe('warning');
    expect(dimProblem.where).toMatchObject({ entryNo: 1, table: 'defaultDimensions', value: 'PROJECT' });
    expect(JSON.stringify(ds)).toBe(before);
  });
});

describe('per posting group', () => {
  it('needs a Document No. and names the value entries of each summarized line', () => {
    const ds = trickyDataset();
    const refused = testPostInventoryCostToGL(ds, { postingMethod: 'Per Posting Group' });
    expect(refused.ok ? [] : refused.problems.map((p) => p.code)).toEqual(['document-no-required']);
    const r = testPostInventoryCostToGL(ds, { postingMethod: 'Per Posting Group', documentNo: 'T-1' });
    if (!r.ok) throw new Error('refused');
    const withProblems = r.value.lines.filter((l) => l.problems.length > 0);
    expect(withProblems.map((l) => [l.valueEntryNos, l.glAccountNo ?? null, codes(l)])).toEqual([
      [[8], null, ['posting-combination-not-allowed']],
      [[1], '2130', ['posting-date-not-allowed']],
      [[1], '7291', ['posting-date-not-allowed', 'dimension-not-allowed']],
      [[2], '2130', ['posting-date-not-allowed']],
      [[2], '7290', ['general-posting-setup-blocked']],
      [[3], null, ['missing-inventory-posting-setup']],
      [[4], '7270', ['dimension-value-mismatch']],
      [[5], '7296', ['gl-account-blocked']],
      [[6, 7], '7290', ['dimension-value-required']],
    ]);
    const cogs = withProblems.at(-1)!;
    expect(cogs).toMatchObject({
      amount: '30.00',
      documentNo: 'T-1',
      description: 'COGS - Inventory, BLUE,RESALE,DOMESTIC,RETAIL',
    });
  });
});
