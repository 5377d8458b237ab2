// A minimal cost poster for generated test ledgers, straight from the posting-rules table: each value
// entry's unposted actual (and, when on, expected) cost becomes a +x/−x pair on its setup accounts, per
// entry or summed per (date, account, sign) like per posting group; relations carry the shares unless
// `without amounts` (as BC exports them). Watermarks are set as the batch job sets them.
import type { Dataset, GLEntry, GLItemLedgerRelation, ValueEntry } from '../../../src/core/model';
import { dec, formatAmount } from '../../../src/core/money';
import { ACCOUNT_SOURCE, type InventoryAccountType } from '../../../src/core/posting/account-types';
import { actualRule, expectedRule, type RuleOutcome } from '../../../src/core/posting/posting-table';

export type Grouping = 'Per Entry' | 'Per Posting Group' | 'Per Posting Group without amounts';

function accountNo(ds: Dataset, v: ValueEntry, type: InventoryAccountType): string {
  const src = ACCOUNT_SOURCE[type];
  const row =
    src.table === 'Inventory Posting Setup'
      ? ds.inventoryPostingSetup.find(
          (r) => r.locationCode === v.locationCode && r.inventoryPostingGroup === v.inventoryPostingGroup,
        )
      : ds.generalPostingSetup.find(
          (r) => r.genBusPostingGroup === v.genBusPostingGroup && r.genProdPostingGroup === v.genProdPostingGroup,
        );
  const no = (row as unknown as Record<string, string> | undefined)?.[src.field];
  if (!no) throw new Error(`no ${type} account for value entry ${v.entryNo}`);
  return no;
}

interface Line {
  date: string;
  account: string;
  amount: string;
  valueEntryNo: number;
}

export function postByRules(ds: Dataset, upTo: string, grouping: Grouping): void {
  const lines: Line[] = [];
  const pair = (v: ValueEntry, rule: RuleOutcome, x: string) => {
    if (rule.kind !== 'pair' || dec(x).isZero()) return;
    lines.push({
      date: v.postingDate,
      account: accountNo(ds, v, rule.pair.account),
      amount: x,
      valueEntryNo: v.entryNo,
    });
    lines.push({
      date: v.postingDate,
      account: accountNo(ds, v, rule.pair.balancing),
      amount: dec(x).neg().toFixed(2),
      valueEntryNo: v.entryNo,
    });
  };
  for (const v of ds.valueEntries) {
    if (v.postingDate > upTo) continue;
    const actual = dec(v.costAmountActual).minus(v.costPostedToGL).toFixed(2);
    pair(v, actualRule(v), actual);
    v.costPostedToGL = v.costAmountActual;
    if (ds.inventorySetup.expectedCostPostingToGL) {
      pair(v, expectedRule(v), dec(v.costAmountExpected).minus(v.expectedCostPostedToGL).toFixed(2));
      v.expectedCostPostedToGL = v.costAmountExpected;
    }
  }
  const groups = new Map<string, Line[]>();
  lines.forEach((l, i) => {
    const key = grouping === 'Per Entry' ? String(i) : `${l.date}|${l.account}|${l.amount.startsWith('-')}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  });
  let no = ds.glEntries.reduce((m, g) => Math.max(m, g.entryNo), 0);
  for (const group of groups.values()) {
    const total = group.reduce((t, l) => t.plus(l.amount), dec('0'));
    const first = group[0]!;
    const entry: GLEntry = {
      entryNo: ++no,
      glAccountNo: first.account,
      postingDate: first.date,
      documentNo: 'INVT',
      description: '',
      amount: formatAmount(total, '0.01'),
      sourceCode: 'INVTPCOST',
      closingDate: false,
      dateCompressed: false,
      dimensions: {},
    };
    ds.glEntries.push(entry);
    const shares = new Map<number, ReturnType<typeof dec>>();
    for (const l of group) shares.set(l.valueEntryNo, (shares.get(l.valueEntryNo) ?? dec('0')).plus(l.amount));
    for (const [valueEntryNo, share] of shares) {
      const r: GLItemLedgerRelation = {
        glEntryNo: entry.entryNo,
        valueEntryNo,
        amount: grouping === 'Per Posting Group without amounts' ? null : formatAmount(share, '0.01'),
      };
      ds.glItemLedgerRelations.push(r);
    }
  }
}
