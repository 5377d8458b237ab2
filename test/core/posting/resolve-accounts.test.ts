// Account resolution: which setup row and field an account type reads, upper-cased codes, WIP from the
// source item's inventory posting group, and the checks that come with it.
import { beforeEach, describe, expect, it } from 'vitest';
import { AccountResolver, buildPostingContext } from '../../../src/core/posting';
import { baseDataset, resetEntryNos, ve } from './fixtures';

beforeEach(resetEntryNos);

describe('AccountResolver', () => {
  it('reads Inventory Posting Setup by location and group, General Posting Setup by bus. and prod. group', () => {
    const resolver = new AccountResolver(buildPostingContext(baseDataset()));
    const entry = ve({ locationCode: 'blue', genBusPostingGroup: 'domestic' });
    expect(resolver.resolve('Inventory', entry)).toEqual({
      accountNo: '2130',
      stop: false,
      setupIssues: [],
      accountIssues: [],
    });
    expect(resolver.resolve('Inventory (Interim)', entry).accountNo).toBe('2131');
    expect(resolver.resolve('COGS (Interim)', entry).accountNo).toBe('7281');
    expect(resolver.resolve('Invt. Accrual (Interim)', entry).accountNo).toBe('5530');
    expect(resolver.resolve('Material Variance', entry).accountNo).toBe('7890');
  });

  it('takes WIP from the source item when it is another item', () => {
    const resolver = new AccountResolver(buildPostingContext(baseDataset()));
    expect(resolver.resolve('WIP Inventory', ve({ sourceType: 'Item', sourceNo: 'BIKE' })).accountNo).toBe('2141');
    expect(resolver.resolve('WIP Inventory', ve({ sourceType: 'Item', sourceNo: '1000' })).accountNo).toBe('2140');
    expect(resolver.resolve('WIP Inventory', ve({ sourceType: 'Vendor', sourceNo: 'BIKE' })).accountNo).toBe('2140');
  });

  it('stops at a missing row or a blocked general setup, and checks the G/L account otherwise', () => {
    const ds = baseDataset();
    ds.generalPostingSetup[0]!.blocked = true;
    ds.inventoryPostingSetup[0]!.inventoryAccount = '';
    ds.glAccounts.find((a) => a.no === '7290')!.blocked = true;
    const resolver = new AccountResolver(buildPostingContext(ds));
    const missing = resolver.resolve('Inventory', ve({ locationCode: 'MARS' }));
    expect([missing.accountNo, missing.stop, missing.setupIssues.map((i) => i.code)]).toEqual([
      '',
      true,
      ['missing-inventory-posting-setup'],
    ]);
    const blocked = resolver.resolve('COGS', ve({ genBusPostingGroup: '' }));
    expect([blocked.accountNo, blocked.stop, blocked.setupIssues.map((i) => i.code)]).toEqual([
      '7290',
      true,
      ['general-posting-setup-blocked'],
    ]);
    const blank = resolver.resolve('Inventory', ve({ locationCode: '' }));
    expect([blank.accountNo, blank.stop, blank.setupIssues[0]!.message]).toEqual([
      '',
      false,
      'Inventory Account is missing in Inventory Posting Setup,  RESALE.',
    ]);
    expect(resolver.resolve('COGS', ve({})).accountIssues.map((i) => i.code)).toEqual(['gl-account-blocked']);
  });
});
