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
  const sets: DimensionSet[] = [];
  const chunk = {
    rowCount: n,
    entryNo: new Float64Array(n),
    itemLedgerEntryNo: new Float64Array(n),
    postingDate: new Int32Array(n),
    dimensions: new Uint32Array(n),
    expectedCost: new Uint8Array(n),
    inventoriable: new Uint8Array(n),
  } as PostingChunk;
  for (const f of POSTING_STRING_FIELDS) chunk[f] = new Uint32Array(n);
  for (const f of POSTING_AMOUNT_FIELDS) chunk[f] = new Float64Array(n);
  entries.forEach((ve, i) => {
    chunk.entryNo[i] = ve.entryNo;
    chunk.itemLedgerEntryNo[i] = ve.itemLedgerEntryNo;
    chunk.postingDate[i] = dayIndex(ve.postingDate) ?? 0;
    chunk.dimensions[i] = sets.push(ve.dimensions) - 1;
    chunk.expectedCost[i] = ve.expectedCost ? 1 : 0;
    chunk.inventoriable[i] = ve.inventoriable ? 1 : 0;
    for (const f of POSTING_STRING_FIELDS) chunk[f][i] = code(ve[f]);
    for (const f of POSTING_AMOUNT_FIELDS) chunk[f][i] = ve[f] === '' ? 0 : toMinorUnits(ve[f], scale);
  });
  return { chunks: [chunk], strings, dimensionSet: (c) => sets[c]!, scale };
}
