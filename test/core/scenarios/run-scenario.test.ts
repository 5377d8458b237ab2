// The runner's comparison rules on hand-made scenarios: paths in mismatch lines, decimal amounts,
// refusals that must leave the dataset unchanged, exhaustive matrices, causes as a multiset.
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type ScenarioReport } from '../../../src/core/scenarios';
import { scenario, TEST_ACTIONS } from './fixtures';

function run(steps: unknown[], extra: Record<string, unknown> = {}): ScenarioReport {
  const parsed = parseScenario(scenario(steps, extra), { file: 'hand-made.json' });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return runScenario(parsed.value, TEST_ACTIONS);
}

function mismatches(report: ScenarioReport): string[] {
  return report.status === 'fail' ? report.mismatches : [];
}

const journal = (lines: unknown[], expect: unknown, extra: Record<string, unknown> = {}) => ({
  action: 'postGLJournal',
  postingDate: '2020-01-15',
  documentNo: 'GJ-1',
  lines,
  expect,
  ...extra,
});

const SALE_LINES = [
  { glAccountNo: '2130', amount: '-70.00', valueEntryNos: [3, 1] },
  { glAccountNo: '7290', amount: '70.00', valueEntryNos: [1] },
];

describe('runScenario', () => {
  it('passes when every given field matches, amounts compared as decimals', () => {
    const report = run([
      journal(SALE_LINES, {
        glEntries: [
          { entryNo: 1, glAccountNo: '2130', amount: '-70', valueEntryNos: [1, 3] },
          { entryNo: 2, amount: '70.000', documentNo: 'GJ-1', dimensions: {} },
        ],
        glBalances: { '2130': '-70', '7290': '70.00', '9999': '0' },
      }),
    ]);
    expect(report).toEqual({ status: 'pass', title: 'Hand-made' });
  });

  it('names the step, the action and the path of a wrong amount', () => {
    const report = run([
      journal(SALE_LINES, { glEntries: [{ amount: '-70.00' }, { amount: '7.00' }], glBalances: { '7290': '7' } }),
    ]);
    expect(mismatches(report)).toEqual([
      'step 1 postGLJournal: glEntries[1].amount: expected 7.00, got 70.00',
      'step 1 postGLJournal: glBalances.7290: expected 7, got 70',
    ]);
  });

  it('reports a list of the wrong length and the entries beyond the common part', () => {
    const report = run([journal(SALE_LINES, { glEntries: [{ glAccountNo: '2130' }] })]);
    expect(mismatches(report)).toEqual([
      'step 1 postGLJournal: glEntries: expected 1 entries, got 2',
      'step 1 postGLJournal: glEntries[1]: unexpected {"glAccountNo":"7290"}',
    ]);
  });

  it('shows a list of entry nos. or codes whole when it differs', () => {
    const report = run([journal(SALE_LINES, { glEntries: [{ valueEntryNos: [1] }, { valueEntryNos: [1] }] })]);
    expect(mismatches(report)).toEqual(['step 1 postGLJournal: glEntries[0].valueEntryNos: expected [1], got [1,3]']);
  });

  it('compares dimension sets as whole objects', () => {
    const report = run([
      journal(SALE_LINES, { glEntries: [{ dimensions: { DEPARTMENT: 'SALES' } }, { dimensions: {} }] }),
    ]);
    expect(mismatches(report)).toEqual([
      'step 1 postGLJournal: glEntries[0].dimensions: expected {"DEPARTMENT":"SALES"}, got {}',
    ]);
  });

  it('checks the entries a step creates only, numbering after the dataset', () => {
    const report = run([
      journal(SALE_LINES, {}),
      journal(
        [
          { glAccountNo: '2130', amount: '5' },
          { glAccountNo: '7290', amount: '-5' },
        ],
        {
          glEntries: [{ entryNo: 3 }, { entryNo: 4 }],
          glBalances: { '2130': '-65.00' },
        },
      ),
    ]);
    expect(report.status).toBe('pass');
  });

  it('takes a preview’s would-be G/L entries and leaves the dataset alone', () => {
    const report = run([
      journal(
        SALE_LINES,
        { glEntries: [{ amount: '-70' }, { amount: '70' }], glBalances: { '2130': '0' } },
        { preview: true },
      ),
    ]);
    expect(report.status).toBe('pass');
  });

  it('flags an unbalanced G/L transaction even when nothing is expected', () => {
    const report = run([
      journal(
        [
          { glAccountNo: '2130', amount: '10' },
          { glAccountNo: '7290', amount: '-9.99' },
        ],
        {},
      ),
    ]);
    expect(mismatches(report)).toEqual([
      'step 1 postGLJournal: invariant: G/L transaction 2020-01-15 GJ-1 does not balance (sum 0.01)',
    ]);
  });

  it('accepts a refusal with exactly the expected codes in order', () => {
    const step = {
      action: 'postInventoryCostToGL',
      expect: { problems: [{ code: 'document-no-required' }, { code: 'nothing-to-post' }] },
    };
    expect(run([step]).status).toBe('pass');
  });

  it('reports codes in the wrong order, and a dataset the refused step changed', () => {
    const step = {
      action: 'postInventoryCostToGL',
      mutate: true,
      expect: { problems: [{ code: 'nothing-to-post' }, { code: 'document-no-required' }] },
    };
    expect(mismatches(run([step]))).toEqual([
      'step 1 postInventoryCostToGL: invariant: the step was refused but the dataset changed',
      'step 1 postInventoryCostToGL: problems[0].code: expected nothing-to-post, got document-no-required',
      'step 1 postInventoryCostToGL: problems[1].code: expected document-no-required, got nothing-to-post',
    ]);
  });

  it('fails a step that succeeds where a refusal is expected, and a refusal nobody expected', () => {
    const report = run([
      journal(SALE_LINES, { problems: [{ code: 'gl-journal-not-balanced' }] }),
      { action: 'postInventoryCostToGL' },
    ]);
    expect(mismatches(report)).toEqual([
      'step 1 postGLJournal: problems: expected refusal with ["gl-journal-not-balanced"], but the step succeeded',
      'step 2 postInventoryCostToGL: refused: document-no-required (Document No. is required); nothing-to-post (x)',
    ]);
  });

  it('gives item ledger entries their cost FlowFields and sums inventory per item and location', () => {
    const report = run([
      {
        action: 'purchase',
        quantity: '10',
        cost: '80',
        expect: {
          itemLedgerEntries: [{ entryNo: 1, quantity: '10.0', costAmountActual: '80.00', costAmountExpected: '0' }],
        },
      },
      {
        action: 'purchase',
        quantity: '2',
        cost: '20',
        expect: {
          valueEntries: [{ entryNo: 2, costAmountActual: '20.00' }],
          inventory: {
            ITEM1: { quantity: '12', value: '100' },
            'ITEM1@BLUE': { value: '100.00' },
            'ITEM1@': { quantity: '0', value: '0' },
          },
        },
      },
    ]);
    expect(report.status).toBe('pass');
  });

  it('is TODO, not run, when an action has no handler', () => {
    const report = run([{ action: 'sale' }, { action: 'reconcile' }, { action: 'transfer' }, { action: 'sale' }]);
    expect(report).toEqual({ status: 'todo', title: 'Hand-made', missingActions: ['sale', 'transfer'] });
  });

  it('reports expectations the action does not produce', () => {
    const report = run([journal(SALE_LINES, { skipped: [] })]);
    expect(mismatches(report)).toEqual(['step 1 postGLJournal: skipped: the action does not produce this']);
  });
});

describe('matrix and causes', () => {
  const matrix = {
    rows: ['COGS', 'Total', 'Warning'],
    columns: ['Inventory', 'Total', 'Warning'],
    cells: {
      'COGS|Inventory': '80.00',
      'COGS|Total': '80.00',
      'Total|Inventory': '0',
      'Warning|Inventory': 'Not posted',
    },
    causes: [
      { field: 'COGS', code: 'direct-posting', amount: '15.00' },
      { field: 'COGS', code: 'direct-posting', amount: '15.00' },
      { field: 'Inventory', code: 'unexplained', amount: '0' },
    ],
  };
  const reconcile = (expect: unknown) => ({ action: 'reconcile', matrix, expect });
  const causes = [
    { field: 'COGS', code: 'direct-posting', amount: '15' },
    { field: 'COGS', code: 'direct-posting', amount: '15.00' },
  ];

  it('passes an exhaustive matrix listing every non-zero amount cell (text cells not compared)', () => {
    const report = run([
      reconcile({ matrix: { exhaustive: true, cells: { 'COGS|Inventory': '80', 'COGS|Total': '80' } }, causes }),
    ]);
    expect(report.status).toBe('pass');
  });

  it('fails an exhaustive matrix that leaves out a non-zero cell, and names a cell that does not exist', () => {
    const report = run([
      reconcile({ matrix: { exhaustive: true, cells: { 'COGS|Inventory': '80', 'COSG|Inventory': '0' } } }),
    ]);
    expect(mismatches(report)).toEqual([
      'step 1 reconcile: matrix.COSG|Inventory: no such cell (expected 0)',
      'step 1 reconcile: matrix.COGS|Total: expected 0, got 80.00',
    ]);
  });

  it('does not require unlisted cells to be zero without exhaustive', () => {
    expect(run([reconcile({ matrix: { cells: { 'COGS|Inventory': '80.00' } } })]).status).toBe('pass');
  });

  it('flags causes that do not sum to their field’s Difference, even when nothing is expected', () => {
    const unexplained = {
      rows: ['COGS', 'Difference'],
      columns: ['Inventory', 'Difference'],
      cells: { 'COGS|Difference': '15.00', 'Difference|Inventory': '0', 'Difference|Difference': '9' },
      causes: [{ field: 'COGS', code: 'direct-posting', amount: '10.00' }],
    };
    expect(mismatches(run([{ action: 'reconcile', matrix: unexplained }]))).toEqual([
      'step 1 reconcile: invariant: causes of COGS sum to 10, but COGS|Difference is 15.00',
    ]);
  });

  it('compares non-zero causes as a multiset', () => {
    const report = run([reconcile({ causes: [causes[0], { field: 'COGS', code: 'closing-entries', amount: '15' }] })]);
    expect(mismatches(report)).toEqual([
      'step 1 reconcile: causes: missing COGS closing-entries 15',
      'step 1 reconcile: causes: unexpected COGS direct-posting 15',
    ]);
  });
});

describe('testReport', () => {
  const lines = [
    { valueEntryNo: 1, glAccountNo: '2130', problems: [] },
    {
      valueEntryNo: 1,
      glAccountNo: '7291',
      problems: [{ code: 'posting-date-not-allowed' }, { code: 'dimension-not-allowed' }],
    },
    { valueEntryNo: 3, glAccountNo: '', problems: [{ code: 'missing-inventory-posting-setup' }] },
  ];
  it('compares only the lines with problems; a left-out glAccountNo means none resolved', () => {
    const step = {
      action: 'testReport',
      lines,
      expect: {
        testReport: [
          { valueEntryNo: 1, glAccountNo: '7291', codes: ['posting-date-not-allowed', 'dimension-not-allowed'] },
          { valueEntryNo: 3, codes: ['missing-inventory-posting-setup'] },
        ],
      },
    };
    expect(run([step]).status).toBe('pass');
  });

  it('reports a resolved account where none was expected', () => {
    const step = {
      action: 'testReport',
      lines,
      expect: {
        testReport: [
          { valueEntryNo: 1, codes: ['posting-date-not-allowed', 'dimension-not-allowed'] },
          { valueEntryNo: 3, codes: ['missing-inventory-posting-setup'] },
        ],
      },
    };
    expect(mismatches(run([step]))).toEqual([
      'step 1 testReport: testReport[0].glAccountNo: expected (none), got 7291',
    ]);
  });
});
