// Stored column chunks → core's LedgerColumns (the matrix's input) without building row objects:
// dictionary indexes are remapped into core's per-field dictionaries, option texts into option codes.
import { dayIndex } from '../core/dates';
import {
  allocateGLEntryColumns,
  allocateRelationColumns,
  allocateValueEntryColumns,
  emptyDictionaries,
  OPTION_CODES,
  type CodeDictionary,
  type LedgerColumns,
  type TypedColumn,
} from '../core/columns';
import { toMinorUnits } from '../core/money';
import type { StoredChunk } from './records';

type Target = Record<string, TypedColumn> & { length: number };
type Cell = (text: string) => number;
/** Dictionary index → string. */
export type Lookup = (index: number) => string;

/**
 * Copies one stored column into the target at `at`, converting dictionary cells through `convert.code` once
 * per distinct cell (`remap` is shared by the field's chunks: the dictionary is the dataset's).
 */
function copyColumn(
  chunk: Pick<StoredChunk, 'rowCount' | 'columns' | 'exceptions'>,
  field: string,
  target: TypedColumn,
  at: number,
  dict: Lookup,
  convert: { code?: Cell; exception?: Cell; remap?: Int32Array },
): void {
  const src = chunk.columns[field];
  if (!src) throw new Error(`stored chunk lacks column ${field}`);
  const n = chunk.rowCount;
  const { code: toCode, remap } = convert;
  if (toCode && remap) {
    for (let i = 0; i < n; i++) {
      const idx = src[i]!;
      let code = remap[idx]!;
      if (code < 0) remap[idx] = code = toCode(dict(idx));
      target[at + i] = code;
    }
  } else {
    target.set(src.subarray(0, n), at);
  }
  for (const [i, text] of chunk.exceptions[field] ?? []) {
    if (!convert.exception) throw new Error(`stored ${field} ${text} cannot be used by the matrix`);
    target[at + i] = convert.exception(text);
  }
}

function intern(d: CodeDictionary): Cell {
  return (text) => d.intern(text);
}

function option(options: readonly string[], what: string): Cell {
  return (text) => {
    const i = options.indexOf(text);
    if (i < 0) throw new Error(`unknown ${what}: ${JSON.stringify(text)}`);
    return i;
  };
}

type ChunkList = readonly Pick<StoredChunk, 'rowCount' | 'columns' | 'exceptions'>[];

function fill(
  target: Target,
  chunks: ChunkList,
  dict: Lookup,
  dictionarySize: number,
  plan: Record<string, { code?: Cell; exception?: Cell }>,
) {
  const fields = Object.entries(plan).map(([field, convert]) => {
    const remap = convert.code ? new Int32Array(dictionarySize).fill(-1) : undefined;
    return { field, convert: remap ? { ...convert, remap } : convert };
  });
  let at = 0;
  for (const chunk of chunks) {
    for (const { field, convert } of fields) copyColumn(chunk, field, target[field]!, at, dict, convert);
    at += chunk.rowCount;
  }
}

/** The stored fields toLedgerColumns reads, per table: the only column records the matrix fetches. */
export const MATRIX_READS = {
  valueEntries: [
    'entryNo',
    'itemLedgerEntryNo',
    'itemNo',
    'postingDate',
    'itemLedgerEntryType',
    'entryType',
    'varianceType',
    'orderType',
    'sourceType',
    'sourceNo',
    'locationCode',
    'inventoryPostingGroup',
    'genBusPostingGroup',
    'genProdPostingGroup',
    'costAmountActual',
    'costAmountExpected',
    'costPostedToGL',
    'expectedCostPostedToGL',
  ],
  glEntries: ['entryNo', 'glAccountNo', 'postingDate', 'closingDate', 'dateCompressed', 'amount'],
  glItemLedgerRelations: ['glEntryNo', 'valueEntryNo', 'amount'],
} as const satisfies Record<string, readonly string[]>;

/** Fields whose cells are dictionary indexes: the only strings the matrix needs from the dictionary. */
export const CODED_FIELDS = {
  valueEntries: [
    'itemNo',
    'itemLedgerEntryType',
    'entryType',
    'varianceType',
    'orderType',
    'sourceType',
    'sourceNo',
    'locationCode',
    'inventoryPostingGroup',
    'genBusPostingGroup',
    'genProdPostingGroup',
  ],
  glEntries: ['glAccountNo'],
} as const;

/** The distinct dictionary indexes the coded fields of these chunks use, and the dictionary size they need. */
export function codedIndexes(chunks: { valueEntries: ChunkList; glEntries: ChunkList }): {
  indexes: number[];
  size: number;
} {
  const columns: ArrayLike<number>[] = [];
  const counts: number[] = [];
  for (const table of ['valueEntries', 'glEntries'] as const) {
    for (const chunk of chunks[table]) {
      for (const field of CODED_FIELDS[table]) {
        const col = chunk.columns[field];
        if (!col) throw new Error(`stored chunk lacks column ${field}`);
        columns.push(col);
        counts.push(chunk.rowCount);
      }
    }
  }
  let size = 0;
  columns.forEach((col, c) => {
    for (let i = 0; i < counts[c]!; i++) if (col[i]! >= size) size = col[i]! + 1;
  });
  const seen = new Uint8Array(size);
  columns.forEach((col, c) => {
    for (let i = 0; i < counts[c]!; i++) seen[col[i]!] = 1;
  });
  const indexes: number[] = [];
  for (let i = 0; i < size; i++) if (seen[i]) indexes.push(i);
  return { indexes, size };
}

export function toLedgerColumns(input: {
  scale: number;
  /** The dictionary's strings (at least those codedIndexes names) and codedIndexes' size. */
  dictionary: Lookup;
  dictionarySize: number;
  valueEntries: ChunkList;
  glEntries: ChunkList;
  relations: ChunkList;
}): LedgerColumns {
  const { scale, dictionary, dictionarySize } = input;
  const d = emptyDictionaries();
  const money: { exception: Cell } = { exception: (t) => toMinorUnits(t, scale) };
  const date: { exception: Cell } = {
    exception: (t) => {
      const n = dayIndex(t);
      if (n === null) throw new Error(`not an ISO date: ${t}`);
      return n;
    },
  };
  const rows = (cs: ChunkList) => cs.reduce((n, c) => n + c.rowCount, 0);

  const ve = allocateValueEntryColumns(rows(input.valueEntries));
  fill(ve as unknown as Target, input.valueEntries, dictionary, dictionarySize, {
    entryNo: {},
    itemLedgerEntryNo: {},
    itemNo: { code: intern(d.items) },
    postingDate: date,
    itemLedgerEntryType: { code: option(OPTION_CODES.itemLedgerEntryType, 'item ledger entry type') },
    entryType: { code: option(OPTION_CODES.entryType, 'entry type') },
    varianceType: { code: option(OPTION_CODES.varianceType, 'variance type') },
    orderType: { code: option(OPTION_CODES.orderType, 'order type') },
    sourceType: { code: option(OPTION_CODES.sourceType, 'source type') },
    sourceNo: { code: intern(d.sourceNos) },
    locationCode: { code: intern(d.locations) },
    inventoryPostingGroup: { code: intern(d.inventoryPostingGroups) },
    genBusPostingGroup: { code: intern(d.genBusPostingGroups) },
    genProdPostingGroup: { code: intern(d.genProdPostingGroups) },
    costAmountActual: money,
    costAmountExpected: money,
    costPostedToGL: money,
    expectedCostPostedToGL: money,
  });

  const gl = allocateGLEntryColumns(rows(input.glEntries));
  fill(gl as unknown as Target, input.glEntries, dictionary, dictionarySize, {
    entryNo: {},
    glAccountNo: { code: intern(d.glAccounts) },
    postingDate: date,
    closingDate: {},
    dateCompressed: {},
    amount: money,
  });

  const rel = allocateRelationColumns(rows(input.relations));
  fill(rel as unknown as Target, input.relations, dictionary, dictionarySize, {
    glEntryNo: {},
    valueEntryNo: {},
    amount: money,
  });

  return { scale, dictionaries: d, valueEntries: ve, glEntries: gl, relations: rel };
}
