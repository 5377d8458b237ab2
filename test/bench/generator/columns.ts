// Builds src/core/columns' LedgerColumns straight from the generator, row by row into typed arrays,
// so the Node matrix figure needs neither a CSV parse nor a million entry objects held at once.
import { dayIndex } from '../../../src/core/dates';
import {
  allocateGLEntryColumns,
  allocateRelationColumns,
  allocateValueEntryColumns,
  emptyDictionaries,
  OPTION_CODES,
  sliceColumnTable,
  type LedgerColumns,
} from '../../../src/core/columns';
import { toMinorUnits } from '../../../src/core/money';
import type { GLEntry, GLItemLedgerRelation, ValueEntry } from '../../../src/core/model';
import { generateLedgers, type LedgerCounts } from './ledgers';
import type { BenchSetup } from './setup';

const SCALE = 2; // the bench setup's amount precision is 0.01

function code(options: readonly string[], value: string): number {
  const i = options.indexOf(value);
  if (i < 0) throw new Error(`unknown option ${value}`);
  return i;
}

function day(iso: string): number {
  const d = dayIndex(iso);
  if (d === null) throw new Error(`not a date: ${iso}`);
  return d;
}

export function generateColumns(
  setup: BenchSetup,
  options: { n: number; seed: number; glEntries: number },
): { columns: LedgerColumns; counts: LedgerCounts } {
  const dict = emptyDictionaries();
  const ve = allocateValueEntryColumns(options.n);
  const gl = allocateGLEntryColumns(options.glEntries);
  const rel = allocateRelationColumns(options.glEntries);
  let v = 0;
  let g = 0;
  let r = 0;
  const addValueEntry = (e: ValueEntry): void => {
    ve.entryNo[v] = e.entryNo;
    ve.itemNo[v] = dict.items.intern(e.itemNo);
    ve.postingDate[v] = day(e.postingDate);
    ve.itemLedgerEntryType[v] = code(OPTION_CODES.itemLedgerEntryType, e.itemLedgerEntryType);
    ve.entryType[v] = code(OPTION_CODES.entryType, e.entryType);
    ve.varianceType[v] = code(OPTION_CODES.varianceType, e.varianceType);
    ve.orderType[v] = code(OPTION_CODES.orderType, e.orderType);
    ve.sourceType[v] = code(OPTION_CODES.sourceType, e.sourceType);
    ve.sourceNo[v] = dict.sourceNos.intern(e.sourceNo);
    ve.locationCode[v] = dict.locations.intern(e.locationCode);
    ve.inventoryPostingGroup[v] = dict.inventoryPostingGroups.intern(e.inventoryPostingGroup);
    ve.genBusPostingGroup[v] = dict.genBusPostingGroups.intern(e.genBusPostingGroup);
    ve.genProdPostingGroup[v] = dict.genProdPostingGroups.intern(e.genProdPostingGroup);
    ve.costAmountActual[v] = toMinorUnits(e.costAmountActual, SCALE);
    ve.costAmountExpected[v] = toMinorUnits(e.costAmountExpected, SCALE);
    ve.costPostedToGL[v] = toMinorUnits(e.costPostedToGL, SCALE);
    ve.expectedCostPostedToGL[v] = toMinorUnits(e.expectedCostPostedToGL, SCALE);
    v++;
  };
  const addGLEntry = (e: GLEntry): void => {
    gl.entryNo[g] = e.entryNo;
    gl.glAccountNo[g] = dict.glAccounts.intern(e.glAccountNo);
    gl.postingDate[g] = day(e.postingDate);
    gl.closingDate[g] = e.closingDate ? 1 : 0;
    gl.dateCompressed[g] = e.dateCompressed ? 1 : 0;
    gl.amount[g] = toMinorUnits(e.amount, SCALE);
    g++;
  };
  const addRelation = (e: GLItemLedgerRelation): void => {
    rel.glEntryNo[r] = e.glEntryNo;
    rel.valueEntryNo[r] = e.valueEntryNo;
    if (e.amount !== null) rel.amount[r] = toMinorUnits(e.amount, SCALE);
    r++;
  };
  const counts = generateLedgers(setup, options, {
    itemLedgerEntry: () => undefined,
    valueEntry: addValueEntry,
    glEntry: addGLEntry,
    relation: addRelation,
  });
  return {
    columns: {
      scale: SCALE,
      dictionaries: dict,
      valueEntries: ve,
      glEntries: gl,
      relations: sliceColumnTable(rel, 0, r),
    },
    counts,
  };
}
