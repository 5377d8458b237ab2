// Stored column records → core's LedgerColumns (the matrix's input), field by field, without row objects:
// dictionary indexes are renumbered into core's per-field dictionaries, option texts into option codes.
import { dayIndex } from '../core/dates';
import {
  emptyDictionaries,
  OPTION_CODES,
  type CodeDictionary,
  type LedgerColumns,
  type TypedColumn,
} from '../core/columns';
import { toMinorUnits } from '../core/money';
import { asUint32, CodeRenumbering, maxRows, type FieldChunk } from './coded-cells';
import { storedCells } from './column-records';

export type { FieldChunk } from './coded-cells';

type Cell = (text: string) => number;
/** Dictionary index → string. */
export type Lookup = (index: number) => string;

interface FieldPlan {
  /**
   * The field's array in LedgerColumns: whole numbers in an Int32Array when every stored chunk holds 32-bit
   * integers (else a Float64Array), dates in an Int32Array, flags and option codes in a Uint8Array, other codes
   * in a Uint32Array.
   */
  column: 'whole' | 'date' | 'byte' | 'code';
  /** Dictionary text → the field's code in LedgerColumns (coded fields only). */
  code?: Cell;
  /** Exception text → cell. */
  exception?: Cell;
}

function intern(d: CodeDictionary): FieldPlan {
  return { column: 'code', code: (text) => d.intern(text) };
}

function option(options: readonly string[], what: string): FieldPlan {
  const code: Cell = (text) => {
    const i = options.indexOf(text);
    if (i < 0) throw new Error(`unknown ${what}: ${JSON.stringify(text)}`);
    return i;
  };
  return { column: 'byte', code };
}

/** Whether every chunk's cells are integers a 32-bit column holds (no exceptions to convert). */
function fitsInt32(chunks: readonly FieldChunk[]): boolean {
  return chunks.every(
    (c) =>
      !c.exceptions?.length &&
      !c.codes &&
      (c.values instanceof Int32Array || c.values instanceof Uint16Array || c.values instanceof Uint8Array),
  );
}

function allocate(plan: FieldPlan, chunks: readonly FieldChunk[], rows: number): TypedColumn {
  switch (plan.column) {
    case 'whole':
      return fitsInt32(chunks) ? new Int32Array(rows) : new Float64Array(rows);
    case 'date':
      return new Int32Array(rows);
    case 'byte':
      return new Uint8Array(rows);
    case 'code':
      return new Uint32Array(rows);
  }
}

/** The stored fields toLedgerColumns reads, per table: the only column records the matrix fetches. */
export const MATRIX_READS = {
  valueEntries: [
    'entryNo',
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

/** The ledger tables the matrix reads. */
export type MatrixTable = keyof typeof MATRIX_READS;
const TARGET: Record<MatrixTable, 'valueEntries' | 'glEntries' | 'relations'> = {
  valueEntries: 'valueEntries',
  glEntries: 'glEntries',
  glItemLedgerRelations: 'relations',
};

/**
 * Builds the matrix's LedgerColumns one stored field at a time, in any field order (a field's chunks in chunk
 * order), so a reader converts each field as soon as its column records arrive. A coded field's cells are
 * renumbered in first-seen order (its own codes, independent of the field order) without their strings;
 * finish() then needs only the strings of the few distinct dictionary indexes the coded fields hold.
 */
export class LedgerColumnsBuilder {
  private readonly columns: LedgerColumns;
  private readonly plans: Record<MatrixTable, Record<string, FieldPlan>>;
  private readonly added = new Set<string>();
  private readonly renumbering: CodeRenumbering;
  /** Per coded field: the dictionary index behind each of its codes, in code order. */
  private readonly codedIndexes = new Map<string, { table: MatrixTable; field: string; indexes: readonly number[] }>();

  /** `dictionarySize`: strings in the dataset's dictionary (sizes the renumbering table). */
  constructor(
    scale: number,
    private readonly rows: Record<MatrixTable, number>,
    dictionarySize: number,
  ) {
    this.renumbering = new CodeRenumbering(dictionarySize);
    const d = emptyDictionaries();
    // Tables get their arrays field by field (addField), each allocated for what the stored cells need.
    this.columns = {
      scale,
      dictionaries: d,
      valueEntries: { length: rows.valueEntries },
      glEntries: { length: rows.glEntries },
      relations: { length: rows.glItemLedgerRelations },
    } as unknown as LedgerColumns;
    const whole: FieldPlan = { column: 'whole' };
    const money: FieldPlan = { column: 'whole', exception: (t) => toMinorUnits(t, scale) };
    const date: FieldPlan = {
      column: 'date',
      exception: (t) => {
        const n = dayIndex(t);
        if (n === null) throw new Error(`not an ISO date: ${t}`);
        return n;
      },
    };
    const flag: FieldPlan = { column: 'byte' };
    this.plans = {
      valueEntries: {
        entryNo: whole,
        itemNo: intern(d.items),
        postingDate: date,
        itemLedgerEntryType: option(OPTION_CODES.itemLedgerEntryType, 'item ledger entry type'),
        entryType: option(OPTION_CODES.entryType, 'entry type'),
        varianceType: option(OPTION_CODES.varianceType, 'variance type'),
        orderType: option(OPTION_CODES.orderType, 'order type'),
        sourceType: option(OPTION_CODES.sourceType, 'source type'),
        sourceNo: intern(d.sourceNos),
        locationCode: intern(d.locations),
        inventoryPostingGroup: intern(d.inventoryPostingGroups),
        genBusPostingGroup: intern(d.genBusPostingGroups),
        genProdPostingGroup: intern(d.genProdPostingGroups),
        costAmountActual: money,
        costAmountExpected: money,
        costPostedToGL: money,
        expectedCostPostedToGL: money,
      },
      glEntries: {
        entryNo: whole,
        glAccountNo: intern(d.glAccounts),
        postingDate: date,
        closingDate: flag,
        dateCompressed: flag,
        amount: money,
      },
      glItemLedgerRelations: { glEntryNo: whole, valueEntryNo: whole, amount: money },
    };
  }

  private plan(table: MatrixTable, field: string): FieldPlan {
    const plan = this.plans[table][field];
    if (!plan) throw new Error(`the matrix reads no ${table} field ${field}`);
    return plan;
  }

  private table(table: MatrixTable): Record<string, TypedColumn> {
    return this.columns[TARGET[table]] as unknown as Record<string, TypedColumn>;
  }

  /** Converts one field's chunks into its column (coded cells into the field's own first-seen codes). */
  addField(table: MatrixTable, field: string, chunks: readonly FieldChunk[]): void {
    const plan = this.plan(table, field);
    const { code, exception } = plan;
    if (this.added.has(`${table}.${field}`)) throw new Error(`${table}.${field} was added twice`);
    const target = allocate(plan, chunks, this.rows[table]);
    this.table(table)[field] = target;
    const renumbering = this.renumbering;
    if (code) renumbering.startField();
    const scratch = new Uint32Array(code ? maxRows(chunks) : 0);
    let at = 0;
    for (const chunk of chunks) {
      const n = chunk.rowCount;
      if (chunk.values.length !== n) throw new Error(`stored ${table}.${field} chunk has the wrong length`);
      if (code) {
        const cells = asUint32(chunk.values, n, scratch);
        const codes = chunk.codes ? renumbering.codesOf(chunk.codes) : null;
        if (target instanceof Uint32Array)
          if (codes) renumbering.mapInto32(cells, n, codes, target, at);
          else renumbering.into32(cells, n, target, at);
        else if (target instanceof Uint8Array)
          if (codes) renumbering.mapInto8(cells, n, codes, target, at);
          else renumbering.into8(cells, n, target, at);
        else throw new Error(`coded field ${field} needs a Uint32Array or Uint8Array column`);
      } else {
        target.set(chunk.codes ? storedCells(chunk.values, chunk.codes) : chunk.values, at);
      }
      for (const [i, text] of chunk.exceptions ?? []) {
        if (!exception) throw new Error(`stored ${field} ${text} cannot be used by the matrix`);
        target[at + i] = exception(text);
      }
      at += n;
    }
    if (at !== target.length) throw new Error(`${table}.${field} has ${at} rows, not ${target.length}`);
    if (code) {
      const indexes = renumbering.indexes();
      if (target instanceof Uint8Array && indexes.length > 0x100)
        throw new Error(`stored ${table}.${field} holds ${indexes.length} different values`);
      this.codedIndexes.set(`${table}.${field}`, { table, field, indexes: [...indexes] });
    }
    this.added.add(`${table}.${field}`);
  }

  /** The dictionary indexes the coded fields added so far hold (finish() needs their strings). */
  dictionaryIndexes(): number[] {
    const all = new Set<number>();
    for (const { indexes } of this.codedIndexes.values()) for (const i of indexes) all.add(i);
    return [...all];
  }

  /**
   * The columns, once every field the matrix reads was added: each coded field's codes become its
   * dictionary's (codes whose strings are equal merge) or option codes.
   */
  finish(lookup: Lookup): LedgerColumns {
    for (const table of Object.keys(MATRIX_READS) as MatrixTable[])
      for (const field of MATRIX_READS[table])
        if (!this.added.has(`${table}.${field}`)) throw new Error(`${table}.${field} was not read`);
    for (const { table, field, indexes } of this.codedIndexes.values()) {
      const code = this.plan(table, field).code!;
      const codes = Int32Array.from(indexes, (index) => code(lookup(index)));
      if (codes.some((c, k) => c !== k)) recode(this.table(table)[field]!, codes);
    }
    return this.columns;
  }
}

/** Replaces every cell c by codes[c] (when the first-seen codes are not yet the field's final ones). */
function recode(column: TypedColumn, codes: Int32Array): void {
  if (column instanceof Uint8Array) for (let i = 0; i < column.length; i++) column[i] = codes[column[i]!]!;
  else for (let i = 0; i < column.length; i++) column[i] = codes[column[i]!]!;
}
