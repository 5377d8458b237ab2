// Account resolution for a value entry and an account type (posting-rules.md §3): the setup row, its
// account field, and the G/L account checks (domain.md §4 checks 3–5 and 7). Results are cached per
// (account type, setup key): a million entries share a handful of resolutions.
import type { ValueEntry } from '../model';
import { ACCOUNT_SOURCE, type InventoryAccountType } from './account-types';
import type { Issue } from './issues';
import { setupKey, type PostingContext } from './posting-context';

export interface AccountResolution {
  /** The G/L account no. the line posts to; '' when none resolves. */
  accountNo: string;
  /** Checks 3–5: missing setup row, blocked General Posting Setup, blank account field. */
  setupIssues: Issue[];
  /** Check 3 or 4 fired: the line's other checks are not run. */
  stop: boolean;
  /** Check 7: unknown, blocked or non-posting G/L account. */
  accountIssues: Issue[];
}

/** The inventory posting group used to look up an account type (WIP may use the source item's). */
export function inventoryPostingGroupFor(ctx: PostingContext, ve: ValueEntry, type: InventoryAccountType): string {
  if (type === 'WIP Inventory' && ve.sourceType === 'Item' && ve.sourceNo.toUpperCase() !== ve.itemNo.toUpperCase()) {
    const group = ctx.itemPostingGroups.get(ve.sourceNo.toUpperCase());
    if (group !== undefined) return group;
  }
  return ve.inventoryPostingGroup;
}

/** Check 7 for an account no. (only called when the no. is not blank). */
export function glAccountIssues(ctx: PostingContext, accountNo: string): Issue[] {
  const account = ctx.glAccounts.get(accountNo.toUpperCase());
  if (!account) {
    return [
      {
        code: 'unknown-gl-account',
        message: `G/L Account ${accountNo} does not exist.`,
        table: 'glAccounts',
        field: 'no',
        value: accountNo,
        hint: 'Create the G/L account or point the posting setup at an existing one.',
      },
    ];
  }
  const issues: Issue[] = [];
  if (account.blocked) {
    issues.push({
      code: 'gl-account-blocked',
      message: `Blocked must be No for G/L Account ${accountNo}.`,
      table: 'glAccounts',
      field: 'blocked',
      value: accountNo,
      hint: 'Unblock the G/L account or change the posting setup.',
    });
  }
  if (account.accountType !== 'Posting') {
    issues.push({
      code: 'gl-account-not-posting',
      message: `Account Type must be Posting for G/L Account ${accountNo} (it is ${account.accountType}).`,
      table: 'glAccounts',
      field: 'accountType',
      value: accountNo,
      hint: 'Point the posting setup at a G/L account of type Posting.',
    });
  }
  return issues;
}

function resolveUncached(
  ctx: PostingContext,
  type: InventoryAccountType,
  code1: string,
  code2: string,
): AccountResolution {
  const source = ACCOUNT_SOURCE[type];
  if (source.table === 'Inventory Posting Setup') {
    const row = ctx.inventoryPostingSetup.get(setupKey(code1, code2));
    if (!row) {
      return {
        accountNo: '',
        stop: true,
        accountIssues: [],
        setupIssues: [
          {
            code: 'missing-inventory-posting-setup',
            message: `Inventory Posting Setup is missing for Location Code ${code1 || "''"} and Invt. Posting Group Code ${code2 || "''"}.`,
            table: 'inventoryPostingSetup',
            field: 'locationCode,inventoryPostingGroup',
            value: `${code1},${code2}`,
            hint: 'Add an Inventory Posting Setup row for this location and inventory posting group.',
          },
        ],
      };
    }
    return finish(
      ctx,
      row[source.field],
      source.caption,
      'Inventory Posting Setup',
      'inventoryPostingSetup',
      source.field,
      code1,
      code2,
    );
  }
  const row = ctx.generalPostingSetup.get(setupKey(code1, code2));
  if (!row) {
    return {
      accountNo: '',
      stop: true,
      accountIssues: [],
      setupIssues: [
        {
          code: 'missing-general-posting-setup',
          message: `General Posting Setup is missing for Gen. Bus. Posting Group ${code1 || "''"} and Gen. Prod. Posting Group ${code2 || "''"}.`,
          table: 'generalPostingSetup',
          field: 'genBusPostingGroup,genProdPostingGroup',
          value: `${code1},${code2}`,
          hint: 'Add a General Posting Setup row for this combination of posting groups.',
        },
      ],
    };
  }
  const accountNo = row[source.field] as string;
  if (row.blocked) {
    return {
      accountNo,
      stop: true,
      accountIssues: [],
      setupIssues: [
        {
          code: 'general-posting-setup-blocked',
          message: `Setup is blocked in General Posting Setup for Gen. Bus. Posting Group ${code1 || "''"} and Gen. Prod. Posting Group ${code2 || "''"}.`,
          table: 'generalPostingSetup',
          field: 'blocked',
          value: `${code1},${code2}`,
          hint: 'Unblock the General Posting Setup row.',
        },
      ],
    };
  }
  return finish(
    ctx,
    accountNo,
    source.caption,
    'General Posting Setup',
    'generalPostingSetup',
    source.field,
    code1,
    code2,
  );
}

function finish(
  ctx: PostingContext,
  accountNo: string,
  caption: string,
  tableCaption: string,
  table: string,
  field: string,
  code1: string,
  code2: string,
): AccountResolution {
  if (accountNo.trim() === '') {
    return {
      accountNo: '',
      stop: false,
      accountIssues: [],
      setupIssues: [
        {
          code: 'missing-account',
          message: `${caption} is missing in ${tableCaption}, ${code1} ${code2}.`,
          table,
          field,
          value: `${code1},${code2}`,
          hint: `Fill in ${caption} in the ${tableCaption} row.`,
        },
      ],
    };
  }
  return { accountNo, stop: false, setupIssues: [], accountIssues: glAccountIssues(ctx, accountNo) };
}

/** Resolves account types for value entries, caching per (type, setup key). */
export class AccountResolver {
  private readonly cache = new Map<string, AccountResolution>();
  constructor(private readonly ctx: PostingContext) {}

  resolve(type: InventoryAccountType, ve: ValueEntry): AccountResolution {
    const fromInventorySetup = ACCOUNT_SOURCE[type].table === 'Inventory Posting Setup';
    const code1 = fromInventorySetup ? ve.locationCode : ve.genBusPostingGroup;
    const code2 = fromInventorySetup ? inventoryPostingGroupFor(this.ctx, ve, type) : ve.genProdPostingGroup;
    const key = `${type}\u0002${setupKey(code1, code2)}`;
    let r = this.cache.get(key);
    if (!r) {
      r = resolveUncached(this.ctx, type, code1, code2);
      this.cache.set(key, r);
    }
    return r;
  }
}
