// Stored column chunks → core's LedgerColumns (the matrix's input) without building row objects:
// dictionary indexes are remapped into core's per-field dictionaries, option texts into option codes.
import { dayNumber } from '../core/dates';
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
import type { ChunkRecord } from './records';

type Target = Record<string, TypedColumn> & { length: number };
type Cell = (text: string) => number;

/** Copies one stored column into the target at `at`, converting dictionary cells through `toCode`. */
function copyColumn(
  chunk: Pick<ChunkRecord, 'rowCount' | 'columns' | 'exceptions'>,
  field: string,
  target: TypedColumn,
  at: number,
  dict: readonly string[],
  convert: { code?: Cell; exception?: Cell },
): void {
  const src = chunk.columns[field];
  if (!src) throw new Error(`stored chunk lacks column ${field}`);
  const n = chunk.rowCount;
  if (convert.code) {
    const remap = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const idx = src[i]!;
      let code = remap.get(idx);
      if (code === undefined) {
        code = convert.code(dict[idx] ?? '');
        remap.set(idx, code);
      }
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

type ChunkList = readonly Pick<ChunkRecord, 'rowCount' | 'columns' | 'exceptions'>[];

function fill(
  target: Target,
  chunks: ChunkList,
  dict: readonly string[],
  plan: Record<string, { code?: Cell; exception?: Cell }>,
) {
  let at = 0;
  for (const chunk of chunks) {
    for (const [field, convert] of Object.entries(plan)) copyColumn(chunk, field, target[field]!, at, dict, convert);
    at += chunk.rowCount;
  }
}

export function toLedgerColumns(input: {
  scale: number;
  dictionary: readonly string[];
  valueEntries: ChunkList;
  glEntries: ChunkList;
  relations: ChunkList;
}): LedgerColumns {
  const { scale, dictionary } = input;
  const d = emptyDictionaries();
  const money: { exception: Cell } = { exception: (t) => toMinorUnits(t, scale) };
  const date: { exception: Cell } = {
    exception: (t) => {
      const n = dayNumber(t);
      if (n === null) throw new Error(`not an ISO date: ${t}`);
      return n;
    },
  };
  const rows = (cs: ChunkList) => cs.reduce((n, c) => n + c.rowCount, 0);

  const ve = allocateValueEntryColumns(rows(input.valueEntries));
  fill(ve as unknown as Target, input.valueEntries, dictionary, {
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
  fill(gl as unknown as Target, input.glEntries, dictionary, {
    entryNo: {},
    glAccountNo: { code: intern(d.glAccounts) },
    postingDate: date,
    closingDate: {},
    dateCompressed: {},
    amount: money,
  });

  const rel = allocateRelationColumns(rows(input.relations));
  fill(rel as unknown as Target, input.relations, dictionary, { glEntryNo: {}, valueEntryNo: {}, amount: money });

  return { scale, dictionaries: d, valueEntries: ve, glEntries: gl, relations: rel };
}
