// Each G/L–item ledger relation attributed: the G/L and value entry rows it joins, the matrix field its
// value entry posted that G/L line for (re-derived with today's setup, domain.md §7), and its share of the
// G/L amount (the relation's amount, or a split by re-derived amounts, domain.md §6 point 1).
import { buildEntryIndex, type LedgerColumns, type WholeColumn } from '../columns';
import { ENTRY_CLASSES, entryClassesOf, SIDES_PER_CLASS } from './entry-classes';
import type { SetupAccounts } from './setup-accounts';
import { splitAmount } from './split-amount';

export interface RelationAttribution {
  /** G/L entry row per relation; -1 when the G/L entry does not exist. */
  glRow: Int32Array;
  /** Value entry row per relation; -1 when the value entry does not exist. */
  veRow: Int32Array;
  /** Matrix field of the relation's share; -1 when no posting side of the value entry fits. */
  field: Int8Array;
  /** Share of the G/L amount in minor units (the relations' amount column itself when every share is its amount). */
  share: WholeColumn;
  /** Per G/L row: 1 when at least one relation links it to an existing value entry. */
  glExplained: Uint8Array;
}

const joins = new WeakMap<LedgerColumns, { glRow: Int32Array; veRow: Int32Array }>();

/** Rows joined by entry no.; cached per columns object (ledgers are immutable once built). */
export function joinRelations(cols: LedgerColumns): { glRow: Int32Array; veRow: Int32Array } {
  const hit = joins.get(cols);
  if (hit) return hit;
  const rel = cols.relations;
  const glIndex = buildEntryIndex(cols.glEntries.entryNo);
  const veIndex = buildEntryIndex(cols.valueEntries.entryNo);
  const glRow = new Int32Array(rel.length);
  const veRow = new Int32Array(rel.length);
  for (let r = 0; r < rel.length; r++) {
    glRow[r] = glIndex.rowOf(rel.glEntryNo[r]!);
    veRow[r] = veIndex.rowOf(rel.valueEntryNo[r]!);
  }
  const out = { glRow, veRow };
  joins.set(cols, out);
  return out;
}

/** Posting sides: 0 actual account, 1 actual balancing, 2 expected account, 3 expected balancing. */
function sideAmount(cols: LedgerColumns, v: number, k: number, posted: boolean): number {
  const ve = cols.valueEntries;
  const amount =
    k < 2
      ? (posted ? ve.costPostedToGL : ve.costAmountActual)[v]!
      : (posted ? ve.expectedCostPostedToGL : ve.costAmountExpected)[v]!;
  return k % 2 === 0 ? amount : -amount;
}

export function attributeRelations(cols: LedgerColumns, accounts: SetupAccounts): RelationAttribution {
  const { glRow, veRow } = joinRelations(cols);
  const rel = cols.relations;
  const gl = cols.glEntries;
  const n = rel.length;
  const field = new Int8Array(n).fill(-1);
  const side = new Int8Array(n).fill(-1);
  const glExplained = new Uint8Array(gl.length);
  const sum = new Float64Array(gl.length);
  const missing = new Uint8Array(gl.length);
  // Local copies: hot loops must not read imported bindings (tsx compiles them to getters).
  const classes = entryClassesOf(cols.valueEntries);
  const sides = ENTRY_CLASSES.sides;
  const perClass = SIDES_PER_CLASS;
  const { namedMask, accountOf } = accounts;
  const glAccount = gl.glAccountNo;
  const glAmount = gl.amount;
  const relAmount = rel.amount;
  const expected = cols.valueEntries.costAmountExpected;
  const expectedPosted = cols.valueEntries.expectedCostPostedToGL;

  for (let r = 0; r < n; r++) {
    const g = glRow[r]!;
    if (g < 0) continue;
    const v = veRow[r]!;
    const amt = relAmount[r]!;
    if (amt !== amt)
      missing[g] = 1; // NaN: no amount
    else sum[g]! += amt;
    if (v < 0) continue;
    glExplained[g] = 1;
    const base = classes[v]! * perClass;
    const a = glAccount[g]!;
    const named = namedMask[a]!;
    // The field whose account (for this entry, today's setup) equals the G/L entry's account wins, among
    // the pairs the entry has (actual, and expected when it carries expected cost).
    const hasExpected = expectedPosted[v] !== 0 || expected[v] !== 0;
    let k = -1;
    for (let s = 0; s < perClass; s++) {
      const f = sides[base + s]!;
      if (f >= 0 && (s < 2 || hasExpected) && named & (1 << f) && accountOf(v, f) === a) {
        k = s;
        break;
      }
    }
    // Otherwise the side whose posted (then current) amount has the G/L amount's sign.
    if (k < 0) k = sideBySign(cols, v, base, glAmount[g]!);
    side[r] = k;
    if (k >= 0) field[r] = sides[base + k]!;
  }

  // Relations that carry amounts adding up to their G/L entry are taken as they are (Costbook's own); when all
  // do, the shares are the relations' amounts themselves.
  let allAsTheyAre = true;
  for (let r = 0; r < n && allAsTheyAre; r++) {
    const g = glRow[r]!;
    allAsTheyAre = g >= 0 && !missing[g] && sum[g] === glAmount[g];
  }
  if (allAsTheyAre) return { glRow, veRow, field, share: relAmount, glExplained };
  const share = new Float64Array(n);
  let needSplit = false;
  for (let r = 0; r < n; r++) {
    const g = glRow[r]!;
    if (g < 0) continue;
    if (!missing[g] && sum[g] === glAmount[g]) share[r] = relAmount[r]!;
    else needSplit = true;
  }
  if (needSplit) splitShares(cols, glRow, veRow, side, missing, sum, share);
  return { glRow, veRow, field, share, glExplained };
}

function sideBySign(cols: LedgerColumns, v: number, base: number, amount: number): number {
  for (const posted of [true, false])
    for (let k = 0; k < SIDES_PER_CLASS; k++) {
      if (ENTRY_CLASSES.sides[base + k]! < 0) continue;
      const x = sideAmount(cols, v, k, posted);
      if (x !== 0 && x > 0 === amount > 0) return k;
    }
  return -1;
}

/** Relations of each G/L entry whose amounts are missing or do not add up, split as domain.md §6 says. */
function splitShares(
  cols: LedgerColumns,
  glRow: Int32Array,
  veRow: Int32Array,
  side: Int8Array,
  missing: Uint8Array,
  sum: Float64Array,
  share: Float64Array,
): void {
  const gl = cols.glEntries;
  const groups = new Map<number, number[]>();
  for (let r = 0; r < glRow.length; r++) {
    const g = glRow[r]!;
    if (g < 0 || (!missing[g] && sum[g] === gl.amount[g])) continue;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(r);
  }
  for (const [g, rs] of groups) {
    const weights = rs.map((r) => {
      if (!missing[g]) return cols.relations.amount[r]!;
      const v = veRow[r]!;
      const k = side[r]!;
      return v < 0 || k < 0 ? 0 : sideAmount(cols, v, k, false);
    });
    const order = rs.map((r) => cols.relations.valueEntryNo[r]!);
    const shares = splitAmount(gl.amount[g]!, weights, order);
    rs.forEach((r, i) => (share[r] = shares[i]!));
  }
}
