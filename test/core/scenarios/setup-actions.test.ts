// The setup actions through the default registry: edits land between steps, a refused edit names
// its problem and leaves the dataset as it was.
import { describe, expect, it } from 'vitest';
import { defaultItemLedgerEntry, emptyChanges } from '../../../src/core/model';
import { defaultActions, parseScenario, runScenario, runStep, startScenario } from '../../../src/core/scenarios';
import { scenario } from './fixtures';

function parsed(steps: unknown[]) {
  const r = parseScenario(scenario(steps));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

describe('setup actions', () => {
  it('upserts, deletes and changes setup, each step seeing the previous one', () => {
    const s = parsed([
      {
        action: 'upsertRecords',
        table: 'glAccounts',
        records: [
          { no: '7296', blocked: true },
          { no: '2130', name: 'Stock' },
        ],
      },
      { action: 'deleteRecords', table: 'glAccounts', keys: [{ no: '7290' }] },
      {
        action: 'setSetup',
        generalLedgerSetup: { allowPostingFrom: '2026-01-01' },
        inventorySetup: { automaticCostPosting: true },
      },
    ]);
    const state = startScenario(s);
    const reports = s.steps.map((step, i) => runStep(state, step, i, defaultActions));
    expect(reports.flatMap((r) => r.mismatches)).toEqual([]);
    expect(state.dataset.glAccounts.map((a) => [a.no, a.name, a.blocked])).toEqual([
      ['2130', 'Stock', false],
      ['7296', '', true],
    ]);
    expect(state.dataset.generalLedgerSetup.allowPostingFrom).toBe('2026-01-01');
    expect(state.dataset.inventorySetup.automaticCostPosting).toBe(true);
    expect(s.dataset.glAccounts).toHaveLength(2); // the scenario's own dataset is a fresh copy each run
  });

  it('passes a refusal the file expects, and fails one it does not, naming code and message', () => {
    const refused = { action: 'deleteRecords', table: 'glAccounts', keys: [{ no: '9999' }] };
    expect(runScenario(parsed([{ ...refused, expect: { problems: [{ code: 'reference-unknown' }] } }]))).toMatchObject({
      status: 'pass',
    });
    expect(runScenario(parsed([refused]))).toEqual({
      status: 'fail',
      title: 'Hand-made',
      mismatches: ['step 1 deleteRecords: refused: reference-unknown (glAccounts has no record with no "9999")'],
    });
  });

  it('refuses a malformed step instead of crashing', () => {
    const report = runScenario(parsed([{ action: 'upsertRecords', records: [] }]));
    expect(report.status === 'fail' && report.mismatches).toEqual([
      'step 1 upsertRecords: refused: field-required (upsertRecords needs table (a string))',
    ]);
  });

  it('stops at a handler that throws (a bug) and says so', () => {
    const s = parsed([{ action: 'reconcile' }, { action: 'reconcile' }]);
    const report = runScenario(s, {
      reconcile: () => {
        throw new Error('boom');
      },
    });
    expect(report.status === 'fail' && report.mismatches).toEqual([
      'step 1 reconcile: crashed: boom',
      'stopped after step 1',
    ]);
  });

  it('records a step id as the first item ledger entry the step created', () => {
    const s = parsed([{ action: 'purchase', id: 'P1' }]);
    const state = startScenario(s);
    runStep(state, s.steps[0]!, 0, {
      purchase: () => ({
        changes: { ...emptyChanges(), itemLedgerEntries: [7, 8].map((entryNo) => defaultItemLedgerEntry({ entryNo })) },
      }),
    });
    expect(state.ids.get('P1')).toBe(7);
  });
});
