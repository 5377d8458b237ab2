// The value-entry columns posting reads, laid out as the stored column chunks (one typed array per
// field, strings as indexes into one dictionary, money as minor units at the amount scale, dates as day
// numbers), so the worker passes the chunks it read without building row objects.
import { dayIndex } from '../../dates';
import type { DimensionSet, ValueEntry } from '../../model';
import { toMinorUnits } from '../../money';

export const POSTING_STRING_FIELDS = [
  'itemNo',
  'itemLedgerEntryType',
  'entryType',
  'documentNo',
  'locationCode',
  'inventoryPostingGroup',
  'genBusPostingGroup',
  'genProdPostingGroup',
  'sourceType',
  'sourceNo',
  'orderType',
  'orderNo',
  'varianceType',
] as const;
export const POSTING_AMOUNT_FIELDS = [
  'costAmountActual',
  'costAmountExpected',
  'costPostedToGL',
  'expectedCostPostedToGL',
] as const;

export type PostingStringField = (typeof POSTING_STRING_FIELDS)[number];
export type PostingAmountField = (typeof POSTING_AMOUNT_FIELDS)[number];

/** One chunk of value entries. */
export type PostingChunk = { rowCount: number; entryNo: Float64Array; itemLedgerEntryNo: Float64Array } & {
  postingDate: Int32Array;
  /** Dictionary index of the dimension set (see PostingEntryColumns.dimensionSet). */
  dimensions: Uint32Array;
  expectedCost: Uint8Array;
  inventoriable: Uint8Array;
} & Record<PostingStringField, Uint32Array> &
  Record<PostingAmountField, Float64Array>;

export interface PostingEntryColumns {
  chunks: PostingChunk[];
  /** The dictionary string cells index into. */
  strings: readonly string[];
  /** The dimension set of a `dimensions` cell (the caller knows how sets are encoded). */
  dimensionSet(code: number): DimensionSet;
  /** Amount scale of the money columns. */
  scale: number;
}

/** Columns of row objects (tests and small datasets): one chunk, a dictionary built on the fly. */
export function postingColumnsOf(entries: readonly ValueEntry[], scale: number): PostingEntryColumns {
  const n = entries.length;
  const strings: string[] = [];
  const codes = new Map<string, number>();
  const code = (s: string): number => {
    let c = codes.get(s);
    if (c === undefined) {
      c = strings.length;
      strings.push(s);
      codes.set(s, c);
    }
    return c;
  };
  // Equal dimension sets (same codes, values and key order) share a code, as stored chunks' do.
  const sets: DimensionSet[] = [];
  const setCodes = new Map<string, number>();
  const setCode = (set: DimensionSet): number => {
    const key = JSON.stringify(set);
    let c = setCodes.get(key);
    if (c === undefined) {
      c = sets.push(set) - 1;
      setCodes.set(key, c);
    }
    return c;
  };
  const u32 = () => new Uint32Array(n);
  const f64 = () => new Float64Array(n);
  // One literal (not properties added in a loop): the chunk keeps fast properties.
  const chunk: PostingChunk = {
    rowCount: n,
    entryNo: f64(),
    itemLedgerEntryNo: f64(),
    postingDate: new Int32Array(n),
    dimensions: u32(),
    expectedCost: new Uint8Array(n),
    inventoriable: new Uint8Array(n),
    itemNo: u32(),
    itemLedgerEntryType: u32(),
    entryType: u32(),
    documentNo: u32(),
    locationCode: u32(),
    inventoryPostingGroup: u32(),
    genBusPostingGroup: u32(),
    genProdPostingGroup: u32(),
    sourceType: u32(),
    sourceNo: u32(),
    orderType: u32(),
    orderNo: u32(),
    varianceType: u32(),
    costAmountActual: f64(),
    costAmountExpected: f64(),
    costPostedToGL: f64(),
    expectedCostPostedToGL: f64(),
  };
  entries.forEach((ve, i) => {
    chunk.entryNo[i] = ve.entryNo;
    chunk.itemLedgerEntryNo[i] = ve.itemLedgerEntryNo;
    chunk.postingDate[i] = dayIndex(ve.postingDate) ?? 0;
    chunk.dimensions[i] = setCode(ve.dimensions);
    chunk.expectedCost[i] = ve.expectedCost ? 1 : 0;
    chunk.inventoriable[i] = ve.inventoriable ? 1 : 0;
    for (const f of POSTING_STRING_FIELDS) chunk[f][i] = code(ve[f]);
    for (const f of POSTING_AMOUNT_FIELDS) chunk[f][i] = ve[f] === '' ? 0 : toMinorUnits(ve[f], scale);
  });
  return { chunks: [chunk], strings, dimensionSet: (c) => sets[c]!, scale };
}
