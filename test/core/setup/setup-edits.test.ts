// Setup edits: whole records matched by key (codes case-insensitively), defaults for missing fields,
// bad values refused with located problems and the input dataset untouched.
import { describe, expect, it } from 'vitest';
import { datasetWithDefaults, type Dataset } from '../../../src/core/model';
import { deleteRecords, setSetup, upsertRecords } from '../../../src/core/setup';

function dataset(): Dataset {
  return datasetWithDefaults({
    glAccounts: [
      { no: '2130', name: 'Inventory', incomeBalance: 'Balance Sheet', accountType: 'Posting', blocked: false },
      { no: '7290', name: 'COGS', incomeBalance: 'Income Statement', accountType: 'Posting', blocked: true },
    ],
    locations: [{ code: 'BLUE', name: 'Blue' }],
  });
}

describe('upsertRecords', () => {
  it('replaces a record matched by key (case-insensitive) whole, and appends a new one with defaults', () => {
    const ds = dataset();
    const r = upsertRecords(ds, 'glAccounts', [{ no: '7290', name: 'COGS' }, { no: 'x100' }]);
    expect(r.ok && r.value.glAccounts).toEqual([
      ds.glAccounts[0],
      { no: '7290', name: 'COGS', incomeBalance: 'Income Statement', accountType: 'Posting', blocked: false },
      { no: 'X100', name: '', incomeBalance: 'Income Statement', accountType: 'Posting', blocked: false },
    ]);
    expect(ds.glAccounts[1]?.blocked).toBe(true);
  });

  it('matches keys of several fields, the blank code included', () => {
    const ds = upsertRecords(dataset(), 'generalPostingSetup', [
      { genBusPostingGroup: '', genProdPostingGroup: 'retail', cogsAccount: '7290' },
    ]);
    const again =
      ds.ok &&
      upsertRecords(ds.value, 'generalPostingSetup', [
        { genBusPostingGroup: '', genProdPostingGroup: 'RETAIL', cogsAccount: '2130' },
      ]);
    expect(
      again && again.ok && again.value.generalPostingSetup.map((s) => [s.genProdPostingGroup, s.cogsAccount]),
    ).toEqual([['RETAIL', '2130']]);
  });

  it('refuses an unknown table, an unknown field, a bad option and a duplicate key, with places', () => {
    const bad = upsertRecords(dataset(), 'glAcounts', []);
    expect(!bad.ok && bad.problems.map((p) => p.code)).toEqual(['table-unknown']);
    const r = upsertRecords(dataset(), 'glAccounts', [
      { no: 'A', nmae: 'x' },
      { no: 'B', incomeBalance: 'Sideways' },
      { no: 'a' },
    ]);
    expect(!r.ok && r.problems.map((p) => [p.code, p.where?.field])).toEqual([
      ['field-unknown', 'nmae'],
      ['option-invalid', 'incomeBalance'],
      ['duplicate-key', 'no'],
    ]);
  });

  it('refuses an inventory posting setup for a location that does not exist', () => {
    const r = upsertRecords(dataset(), 'inventoryPostingSetup', [
      { locationCode: 'RED', inventoryPostingGroup: 'RESALE' },
    ]);
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['reference-unknown']);
  });
});

describe('upsertRecords after a delete', () => {
  it('does not let a default dimension naming the deleted account block other edits', () => {
    const ds = {
      ...dataset(),
      defaultDimensions: [{ glAccountNo: '7290', dimensionCode: 'DEPT', valuePosting: '', dimensionValueCode: '' }],
    } as Dataset;
    const deleted = deleteRecords(ds, 'glAccounts', [{ no: '7290' }]);
    const r = deleted.ok && upsertRecords(deleted.value, 'glAccounts', [{ no: '7296', blocked: false }]);
    expect(r && r.ok && r.value.glAccounts.map((a) => a.no)).toEqual(['2130', '7296']);
  });
});

describe('deleteRecords', () => {
  it('deletes by key without checking references, and refuses a key that matches nothing', () => {
    const r = deleteRecords(dataset(), 'glAccounts', [{ no: '7290' }]);
    expect(r.ok && r.value.glAccounts.map((a) => a.no)).toEqual(['2130']);
    const none = deleteRecords(dataset(), 'glAccounts', [{ no: '9999' }]);
    expect(!none.ok && none.problems.map((p) => p.code)).toEqual(['reference-unknown']);
  });
});

describe('setSetup', () => {
  it('changes only the given fields', () => {
    const r = setSetup(dataset(), {
      generalLedgerSetup: { allowPostingFrom: '2026-01-01' },
      inventorySetup: { automaticCostPosting: true },
    });
    expect(r.ok && r.value.generalLedgerSetup).toMatchObject({
      allowPostingFrom: '2026-01-01',
      amountRoundingPrecision: '0.01',
    });
    expect(r.ok && r.value.inventorySetup).toMatchObject({
      automaticCostPosting: true,
      expectedCostPostingToGL: false,
    });
  });

  it('refuses unknown fields and bad values', () => {
    const r = setSetup(dataset(), {
      generalLedgerSetup: { allowPostingFrom: '2026-13-01' },
      inventorySetup: { automaticCostPostng: true },
    });
    expect(!r.ok && r.problems.map((p) => p.code).sort()).toEqual(['date-invalid', 'field-unknown']);
  });
});
