// Stored column records → core's LedgerColumns (the matrix's input), field by field, without row objects:
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
import { asUint32, indexBound, maxRows, remapInto32, remapInto8, type FieldChunk, type Miss } from './coded-cells';

export { indexBound, type FieldChunk } from './coded-cells';

type Cell = (text: string) => number;
/** Dictionary index → string. */
export type Lookup = (index: number) => string;

interface FieldPlan {
  /** Dictionary text → the field's code in LedgerColumns (coded fields only). */
  code?: Cell;
  /** Exception text → cell. */
  exception?: Cell;
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

/** The ledger tables the matrix reads. */
export type MatrixTable = keyof typeof MATRIX_READS;
const TARGET: Record<MatrixTable, 'valueEntries' | 'glEntries' | 'relations'> = {
  valueEntries: 'valueEntries',
  glEntries: 'glEntries',
  glItemLedgerRelations: 'relations',
};

/**
 * Builds the matrix's LedgerColumns one stored field at a time, in any field order (a field's chunks in chunk
 * order), so a reader converts each field as soon as its column records arrive. Each field has its own code
 * dictionary, so the codes do not depend on the field order.
 */
export class LedgerColumnsBuilder {
  private readonly columns: LedgerColumns;
  private readonly plans: Record<MatrixTable, Record<string, FieldPlan>>;
  private readonly added = new Set<string>();

  constructor(scale: number, rows: Record<MatrixTable, number>) {
    const d = emptyDictionaries();
    this.columns = {
      scale,
      dictionaries: d,
      valueEntries: allocateValueEntryColumns(rows.valueEntries),
      glEntries: allocateGLEntryColumns(rows.glEntries),
      relations: allocateRelationColumns(rows.glItemLedgerRelations),
    };
    const money: FieldPlan = { exception: (t) => toMinorUnits(t, scale) };
    const date: FieldPlan = {
      exception: (t) => {
        const n = dayIndex(t);
        if (n === null) throw new Error(`not an ISO date: ${t}`);
        return n;
      },
    };
    this.plans = {
      valueEntries: {
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
      },
      glEntries: {
        entryNo: {},
        glAccountNo: { code: intern(d.glAccounts) },
        postingDate: date,
        closingDate: {},
        dateCompressed: {},
        amount: money,
      },
      glItemLedgerRelations: { glEntryNo: {}, valueEntryNo: {}, amount: money },
    };
  }

  private plan(table: MatrixTable, field: string): FieldPlan {
    const plan = this.plans[table][field];
    if (!plan) throw new Error(`the matrix reads no ${table} field ${field}`);
    return plan;
  }

  /** Whether the field's cells are dictionary indexes (addField then needs their strings). */
  isCoded(table: MatrixTable, field: string): boolean {
    return this.plan(table, field).code !== undefined;
  }

  /** Converts one field's chunks into its column; `dictionary` must know every index below indexBound(chunks). */
  addField(table: MatrixTable, field: string, chunks: readonly FieldChunk[], dictionary?: Lookup): void {
    const { code, exception } = this.plan(table, field);
    const target = (this.columns[TARGET[table]] as unknown as Record<string, TypedColumn>)[field]!;
    if (code && !dictionary) throw new Error(`${table}.${field} needs the dictionary`);
    const scratch = new Uint32Array(code ? maxRows(chunks) : 0);
    const remap = code ? new Int32Array(indexBound(chunks)).fill(-1) : null;
    const miss: Miss = (index) => (remap![index] = code!(dictionary!(index)));
    let at = 0;
    for (const chunk of chunks) {
      const n = chunk.rowCount;
      if (chunk.values.length !== n) throw new Error(`stored ${table}.${field} chunk has the wrong length`);
      if (remap) {
        const cells = asUint32(chunk.values, n, scratch);
        if (target instanceof Uint32Array) remapInto32(cells, n, remap, target, at, miss);
        else if (target instanceof Uint8Array) remapInto8(cells, n, remap, target, at, miss);
        else throw new Error(`coded field ${field} needs a Uint32Array or Uint8Array column`);
      } else {
        target.set(chunk.values, at);
      }
      for (const [i, text] of chunk.exceptions ?? []) {
        if (!exception) throw new Error(`stored ${field} ${text} cannot be used by the matrix`);
        target[at + i] = exception(text);
      }
      at += n;
    }
    if (at !== target.length) throw new Error(`${table}.${field} has ${at} rows, not ${target.length}`);
    this.added.add(`${table}.${field}`);
  }

  /** The columns, once every field the matrix reads was added. */
  finish(): LedgerColumns {
    for (const table of Object.keys(MATRIX_READS) as MatrixTable[])
      for (const field of MATRIX_READS[table])
        if (!this.added.has(`${table}.${field}`)) throw new Error(`${table}.${field} was not read`);
    return this.columns;
  }
}
