// Posting problem codes: one input per code, asserting the code and where it points (table, entry no.,
// field, value). Refusals come from automatic cost posting, the batch request and G/L journals; the
// batch job's own reason codes come back in its skipped list.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ValueEntry } from '../../src/core/model';
import { postGLJournal, postInventoryCostToGL, postValueEntriesToGL } from '../../src/core/posting';
import type { Problem } from '../../src/core/problems';
import { baseDataset, resetEntryNos, ve } from '../core/posting/fixtures';

beforeEach(resetEntryNos);

function refusal(entry: ValueEntry, edit: (ds: ReturnType<typeof baseDataset>) => void = () => {}): Problem {
  const ds = baseDataset();
  edit(ds);
  const r = postValueEntriesToGL(ds, [entry], { checkOnly: false });
  if (r.ok) throw new Error('expected a refusal');
  expect(r.problems).toHaveLength(1);
  return r.problems[0]!;
}

describe('posting problem codes', () => {
  it('posting-combination-not-allowed names the entry types', () => {
    expect(refusal(ve({ itemLedgerEntryType: 'Sale', entryType: 'Variance', costAmountActual: '1.00' }))).toMatchObject(
      {
        code: 'posting-combination-not-allowed',
        where: { table: 'valueEntries', entryNo: 1, field: 'entryType', value: 'Sale/Variance' },
      },
    );
  });

  it('expected-cost-on-wrong-entry-type names the expected amount', () => {
    expect(
      refusal(ve({ entryType: 'Indirect Cost', costAmountExpected: '2.00', costAmountActual: '1.00' })),
    ).toMatchObject({
      code: 'expected-cost-on-wrong-entry-type',
      where: { table: 'valueEntries', entryNo: 1, field: 'costAmountExpected', value: '2.00' },
    });
  });

  it('variance-type-not-allowed names the variance type', () => {
    expect(refusal(ve({ entryType: 'Variance', varianceType: 'Capacity', costAmountActual: '1.00' }))).toMatchObject({
      code: 'variance-type-not-allowed',
      where: { entryNo: 1, field: 'varianceType', value: 'Capacity' },
    });
  });

  it('missing-inventory-posting-setup names location and group', () => {
    const p = refusal(ve({ locationCode: 'MARS', costAmountActual: '1.00' }));
    expect(p).toMatchObject({
      code: 'missing-inventory-posting-setup',
      where: { table: 'inventoryPostingSetup', entryNo: 1, value: 'MARS,RESALE' },
    });
  });

  it('missing-general-posting-setup names both groups', () => {
    const p = refusal(ve({ genBusPostingGroup: 'EXPORT', costAmountActual: '1.00' }));
    expect(p).toMatchObject({
      code: 'missing-general-posting-setup',
      where: { table: 'generalPostingSetup', value: 'EXPORT,RETAIL' },
    });
  });

  it('general-posting-setup-blocked names the row', () => {
    const p = refusal(ve({ costAmountActual: '1.00' }), (ds) => (ds.generalPostingSetup[1]!.blocked = true));
    expect(p).toMatchObject({
      code: 'general-posting-setup-blocked',
      where: { table: 'generalPostingSetup', field: 'blocked', value: 'DOMESTIC,RETAIL' },
    });
  });

  it('missing-account names the setup field', () => {
    const p = refusal(
      ve({ costAmountActual: '1.00' }),
      (ds) => (ds.generalPostingSetup[1]!.directCostAppliedAccount = ''),
    );
    expect(p).toMatchObject({
      code: 'missing-account',
      where: { table: 'generalPostingSetup', field: 'directCostAppliedAccount', value: 'DOMESTIC,RETAIL' },
    });
    expect(p.message).toBe('Direct Cost Applied Account is missing in General Posting Setup, DOMESTIC RETAIL.');
  });

  it('unknown-gl-account names the account', () => {
    const p = refusal(
      ve({ costAmountActual: '1.00' }),
      (ds) => (ds.glAccounts = ds.glAccounts.filter((a) => a.no !== '7291')),
    );
    expect(p).toMatchObject({ code: 'unknown-gl-account', where: { table: 'glAccounts', entryNo: 1, value: '7291' } });
  });

  it('gl-account-blocked names the account', () => {
    const p = refusal(
      ve({ costAmountActual: '1.00' }),
      (ds) => (ds.glAccounts.find((a) => a.no === '7291')!.blocked = true),
    );
    expect(p).toMatchObject({ code: 'gl-account-blocked', where: { field: 'blocked', value: '7291' } });
  });

  it('gl-account-not-posting names the account', () => {
    const p = refusal(
      ve({ costAmountActual: '1.00' }),
      (ds) => (ds.glAccounts.find((a) => a.no === '7291')!.accountType = 'Heading'),
    );
    expect(p).toMatchObject({ code: 'gl-account-not-posting', where: { field: 'accountType', value: '7291' } });
  });

  it('posting-date-not-allowed names the date', () => {
    const p = refusal(
      ve({ postingDate: '2025-12-31', costAmountActual: '1.00' }),
      (ds) => (ds.generalLedgerSetup.allowPostingFrom = '2026-01-01'),
    );
    expect(p).toMatchObject({
      code: 'posting-date-not-allowed',
      where: { table: 'generalLedgerSetup', entryNo: 1, value: '2025-12-31' },
    });
  });

  it('dimension-value-required / -mismatch / not-allowed name the dimension code', () => {
    const rule = (valuePosting: 'Code Mandatory' | 'Same Code' | 'No Code', dimensions: Record<string, string>) =>
      refusal(ve({ entryNo: 1, costAmountActual: '1.00', dimensions }), (ds) =>
        ds.defaultDimensions.push({
          glAccountNo: '2130',
          dimensionCode: 'AREA',
          valuePosting,
          dimensionValueCode: valuePosting === 'Same Code' ? 'EU' : '',
        }),
      );
    const where = { table: 'defaultDimensions', entryNo: 1, field: 'dimensionCode', value: 'AREA' };
    expect(rule('Code Mandatory', {})).toMatchObject({ code: 'dimension-value-required', where });
    expect(rule('Same Code', { AREA: 'US' })).toMatchObject({ code: 'dimension-value-mismatch', where });
    expect(rule('No Code', { AREA: 'US' })).toMatchObject({ code: 'dimension-not-allowed', where });
  });

  it('expected-cost-not-posted is the batch job’s skip reason for waiting expected cost', () => {
    const ds = baseDataset();
    ds.valueEntries = [ve({ expectedCost: true, costAmountExpected: '50.00' })];
    const r = postInventoryCostToGL(ds, { postingMethod: 'Per Entry', post: true });
    expect(r.ok && r.value.skipped[0]!.problem).toMatchObject({
      code: 'expected-cost-not-posted',
      where: { table: 'inventorySetup', entryNo: 1, field: 'expectedCostPostingToGL' },
    });
  });

  it('nothing-to-post: an empty journal', () => {
    const r = postGLJournal(baseDataset(), { postingDate: '2026-01-01', documentNo: 'GJ', lines: [] });
    expect(r.ok ? null : r.problems[0]).toMatchObject({
      code: 'nothing-to-post',
      where: { table: 'glJournal', field: 'lines' },
    });
  });

  it('document-no-required / document-no-not-allowed name the request field', () => {
    const ds = baseDataset();
    const group = postInventoryCostToGL(ds, { postingMethod: 'Per Posting Group', post: false });
    expect(group.ok ? null : group.problems[0]).toMatchObject({
      code: 'document-no-required',
      where: { field: 'documentNo', value: '' },
    });
    const entry = postInventoryCostToGL(ds, { postingMethod: 'Per Entry', documentNo: 'D-1', post: false });
    expect(entry.ok ? null : entry.problems[0]).toMatchObject({
      code: 'document-no-not-allowed',
      where: { field: 'documentNo', value: 'D-1' },
    });
  });

  it('gl-journal-not-balanced names the difference', () => {
    const r = postGLJournal(baseDataset(), {
      postingDate: '2026-01-01',
      documentNo: 'GJ',
      lines: [
        { glAccountNo: '2130', amount: '10.00' },
        { glAccountNo: '7290', amount: '-9.00' },
      ],
    });
    expect(r.ok ? null : r.problems[0]).toMatchObject({
      code: 'gl-journal-not-balanced',
      where: { table: 'glJournal', field: 'amount', value: '1.00' },
    });
  });
});
