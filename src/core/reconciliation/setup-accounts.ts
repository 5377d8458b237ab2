// What today's setup says about G/L accounts, in the columns' dictionary indexes: which matrix fields each
// account is mapped to (reconciliation-matrix.md §4: every setup row, dedup per field, blank and
// non-existent accounts skipped), and which account a given value entry posts a given field to.
import type { LedgerColumns } from '../columns';
import { OPTION_CODES } from '../columns';
import { ACCOUNT_SOURCE } from '../posting/account-types';
import { accountTypeOfField, F, GL_FIELD_COUNT } from './item-fields';
import type { ReconciliationSetup } from './types';

const SOURCE_TYPE_ITEM = OPTION_CODES.sourceType.indexOf('Item');

export interface SetupAccounts {
  /** Per dictionary account: 1 when it exists in the chart of accounts. */
  exists: Uint8Array;
  /** Per dictionary account: bit f set when a setup row maps it to field f (existing accounts only). */
  fieldMask: Uint32Array;
  /** Per dictionary account: bit f set when a setup row names it for field f, even if it no longer exists. */
  namedMask: Uint32Array;
  /** Per field: the distinct dictionary accounts mapped to it (existing accounts only). */
  fieldAccounts: number[][];
  /** The dictionary account value entry row `row` posts field `f` to with today's setup; -1 when none. */
  accountOf(row: number, f: number): number;
}

function fieldKeys(table: 'Inventory Posting Setup' | 'General Posting Setup'): [number, string][] {
  const out: [number, string][] = [];
  for (let f = 0; f < GL_FIELD_COUNT; f++) {
    const src = ACCOUNT_SOURCE[accountTypeOfField(f)];
    if (src.table === table) out.push([f, src.field]);
  }
  return out;
}

export function compileSetupAccounts(cols: LedgerColumns, setup: ReconciliationSetup): SetupAccounts {
  const dict = cols.dictionaries;
  const accounts = dict.glAccounts;
  const exists = new Uint8Array(accounts.size);
  const chart = new Set(setup.glAccounts.map((a) => a.no));
  for (let a = 0; a < accounts.size; a++) exists[a] = chart.has(accounts.codes[a]!) ? 1 : 0;

  const fieldMask = new Uint32Array(accounts.size);
  const namedMask = new Uint32Array(accounts.size);
  const fieldAccounts: number[][] = Array.from({ length: GL_FIELD_COUNT }, () => []);
  const mapTo = (f: number, no: string) => {
    if (no === '') return;
    const a = accounts.indexOf(no);
    if (a < 0) return;
    namedMask[a]! |= 1 << f;
    if (!exists[a] || fieldMask[a]! & (1 << f)) return;
    fieldMask[a]! |= 1 << f;
    fieldAccounts[f]!.push(a);
  };

  // Setup rows keyed by the columns' dictionary indexes; rows whose codes no entry uses are never looked up.
  const invKeys = fieldKeys('Inventory Posting Setup');
  const genKeys = fieldKeys('General Posting Setup');
  const invRows = new Map<number, Int32Array>();
  const nIpg = dict.inventoryPostingGroups.size;
  for (const row of setup.inventoryPostingSetup) {
    const rec = row as unknown as Record<string, string>;
    for (const [f, k] of invKeys) mapTo(f, rec[k] ?? '');
    const loc = dict.locations.indexOf(row.locationCode);
    const ipg = dict.inventoryPostingGroups.indexOf(row.inventoryPostingGroup);
    if (loc < 0 || ipg < 0) continue;
    const acc = new Int32Array(GL_FIELD_COUNT).fill(-1);
    for (const [f, k] of invKeys) acc[f] = accounts.indexOf(rec[k] ?? '');
    invRows.set(loc * nIpg + ipg, acc);
  }
  const genRows = new Map<number, Int32Array>();
  const nProd = dict.genProdPostingGroups.size;
  for (const row of setup.generalPostingSetup) {
    const rec = row as unknown as Record<string, string>;
    for (const [f, k] of genKeys) mapTo(f, rec[k] ?? '');
    const bus = dict.genBusPostingGroups.indexOf(row.genBusPostingGroup);
    const prod = dict.genProdPostingGroups.indexOf(row.genProdPostingGroup);
    if (bus < 0 || prod < 0) continue;
    const acc = new Int32Array(GL_FIELD_COUNT).fill(-1);
    for (const [f, k] of genKeys) acc[f] = accounts.indexOf(rec[k] ?? '');
    genRows.set(bus * nProd + prod, acc);
  }

  // WIP uses the source (produced) item's inventory posting group (posting-rules.md §1 note 2).
  const sourceItem = new Int32Array(dict.sourceNos.size);
  const sourceIpg = new Int32Array(dict.sourceNos.size);
  const itemIpg = new Map(setup.items.map((i) => [i.no, i.inventoryPostingGroup]));
  for (let s = 0; s < dict.sourceNos.size; s++) {
    const no = dict.sourceNos.codes[s]!;
    sourceItem[s] = dict.items.indexOf(no);
    const ipg = itemIpg.get(no);
    sourceIpg[s] = ipg === undefined ? -1 : dict.inventoryPostingGroups.indexOf(ipg);
  }

  const inv = new Set(invKeys.map(([f]) => f));
  const ve = cols.valueEntries;
  function accountOf(row: number, f: number): number {
    if (inv.has(f)) {
      let ipg = ve.inventoryPostingGroup[row]!;
      if (f === F.WIP && ve.sourceType[row] === SOURCE_TYPE_ITEM) {
        const s = ve.sourceNo[row]!;
        if (sourceItem[s] !== ve.itemNo[row] && sourceIpg[s]! >= 0) ipg = sourceIpg[s]!;
      }
      return invRows.get(ve.locationCode[row]! * nIpg + ipg)?.[f] ?? -1;
    }
    return genRows.get(ve.genBusPostingGroup[row]! * nProd + ve.genProdPostingGroup[row]!)?.[f] ?? -1;
  }

  return { exists, fieldMask, namedMask, fieldAccounts, accountOf };
}
