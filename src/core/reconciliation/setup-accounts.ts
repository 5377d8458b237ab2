// What today's setup says about G/L accounts, in the columns' dictionary indexes: which matrix fields each
// account is mapped to (reconciliation-matrix.md §4: every setup row, dedup per field, blank and
// non-existent accounts skipped), and which account a given value entry posts a given field to.
import type { LedgerColumns } from '../columns';
import { OPTION_CODES } from '../columns';
import { ACCOUNT_SOURCE } from '../posting/account-types';
import { accountTypeOfField, F, GL_FIELD_COUNT } from './item-fields';
import type { ReconciliationSetup } from './types';

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
  accountOf: (row: number, f: number) => number;
}

function fieldKeys(table: 'Inventory Posting Setup' | 'General Posting Setup'): [number, string][] {
  const out: [number, string][] = [];
  for (let f = 0; f < GL_FIELD_COUNT; f++) {
    const src = ACCOUNT_SOURCE[accountTypeOfField(f)];
    if (src.table === table) out.push([f, src.field]);
  }
  return out;
}

/**
 * Setup rows keyed by two dictionary indexes (a·n + b) in a dense table of row ids, each row holding the
 * account of every field (-1 blank or not in the dictionary). Rows whose codes no entry uses are skipped.
 */
interface KeyedRows {
  rowId: Int32Array;
  accounts: Int32Array;
}

function keyedRows(
  records: readonly Record<string, string>[],
  keyOf: (r: Record<string, string>) => [number, number],
  width: number,
  fields: [number, string][],
  accountIndex: (no: string) => number,
  size: number,
): KeyedRows {
  const rowId = new Int32Array(size).fill(-1);
  const accounts: number[] = [];
  for (const rec of records) {
    const [a, b] = keyOf(rec);
    if (a < 0 || b < 0) continue;
    const acc = new Array<number>(GL_FIELD_COUNT).fill(-1);
    for (const [f, k] of fields) acc[f] = accountIndex(rec[k] ?? '');
    rowId[a * width + b] = accounts.length / GL_FIELD_COUNT;
    accounts.push(...acc);
  }
  return { rowId, accounts: Int32Array.from(accounts) };
}

export function compileSetupAccounts(cols: LedgerColumns, setup: ReconciliationSetup): SetupAccounts {
  const dict = cols.dictionaries;
  const dictAccounts = dict.glAccounts;
  const exists = new Uint8Array(dictAccounts.size);
  const chart = new Set(setup.glAccounts.map((a) => a.no));
  for (let a = 0; a < dictAccounts.size; a++) exists[a] = chart.has(dictAccounts.codes[a]!) ? 1 : 0;

  const fieldMask = new Uint32Array(dictAccounts.size);
  const namedMask = new Uint32Array(dictAccounts.size);
  const fieldAccounts: number[][] = Array.from({ length: GL_FIELD_COUNT }, () => []);
  const invKeys = fieldKeys('Inventory Posting Setup');
  const genKeys = fieldKeys('General Posting Setup');
  const harvest = (records: readonly Record<string, string>[], keys: [number, string][]) => {
    for (const rec of records)
      for (const [f, k] of keys) {
        const no = rec[k] ?? '';
        const a = no === '' ? -1 : dictAccounts.indexOf(no);
        if (a < 0) continue;
        namedMask[a]! |= 1 << f;
        if (!exists[a] || fieldMask[a]! & (1 << f)) continue;
        fieldMask[a]! |= 1 << f;
        fieldAccounts[f]!.push(a);
      }
  };
  const invRecords = setup.inventoryPostingSetup as unknown as Record<string, string>[];
  const genRecords = setup.generalPostingSetup as unknown as Record<string, string>[];
  harvest(invRecords, invKeys);
  harvest(genRecords, genKeys);

  const accountIndex = (no: string) => dictAccounts.indexOf(no);
  const nIpg = dict.inventoryPostingGroups.size;
  const nProd = dict.genProdPostingGroups.size;
  const inv = keyedRows(
    invRecords,
    (r) => [dict.locations.indexOf(r.locationCode!), dict.inventoryPostingGroups.indexOf(r.inventoryPostingGroup!)],
    nIpg,
    invKeys,
    accountIndex,
    dict.locations.size * nIpg,
  );
  const gen = keyedRows(
    genRecords,
    (r) => [
      dict.genBusPostingGroups.indexOf(r.genBusPostingGroup!),
      dict.genProdPostingGroups.indexOf(r.genProdPostingGroup!),
    ],
    nProd,
    genKeys,
    accountIndex,
    dict.genBusPostingGroups.size * nProd,
  );

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

  const fromInventorySetup = new Uint8Array(GL_FIELD_COUNT);
  for (const [f] of invKeys) fromInventorySetup[f] = 1;
  const ve = cols.valueEntries;
  const sourceTypeItem = OPTION_CODES.sourceType.indexOf('Item');
  const wip = F.WIP;
  const width = GL_FIELD_COUNT;
  function accountOf(row: number, f: number): number {
    if (fromInventorySetup[f]) {
      let ipg = ve.inventoryPostingGroup[row]!;
      if (f === wip && ve.sourceType[row] === sourceTypeItem) {
        const s = ve.sourceNo[row]!;
        if (sourceItem[s] !== ve.itemNo[row] && sourceIpg[s]! >= 0) ipg = sourceIpg[s]!;
      }
      const id = inv.rowId[ve.locationCode[row]! * nIpg + ipg]!;
      return id < 0 ? -1 : inv.accounts[id * width + f]!;
    }
    const id = gen.rowId[ve.genBusPostingGroup[row]! * nProd + ve.genProdPostingGroup[row]!]!;
    return id < 0 ? -1 : gen.accounts[id * width + f]!;
  }

  return { exists, fieldMask, namedMask, fieldAccounts, accountOf };
}
