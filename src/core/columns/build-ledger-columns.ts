// Builds the columnar ledgers from a Dataset (the in-memory record form): codes into dictionaries,
// dates into day numbers, amounts into integer minor units at the dataset's amount precision.
import { dayIndex } from '../dates';
import type { Dataset } from '../model';
import { scaleOf, toMinorUnits } from '../money';
import {
  allocateGLEntryColumns,
  allocateRelationColumns,
  allocateValueEntryColumns,
  emptyDictionaries,
  OPTION_CODES,
  type LedgerColumns,
} from './ledger-columns';

function optionCode(options: readonly string[], value: string, what: string): number {
  const i = options.indexOf(value);
  if (i < 0) throw new Error(`unknown ${what}: ${JSON.stringify(value)}`);
  return i;
}

function day(iso: string): number {
  const d = dayIndex(iso);
  if (d === null) throw new Error(`not an ISO date: ${iso}`);
  return d;
}

export function buildLedgerColumns(ds: Dataset): LedgerColumns {
  const scale = scaleOf(ds.generalLedgerSetup.amountRoundingPrecision);
  const dict = emptyDictionaries();

  const ves = ds.valueEntries;
  const ve = allocateValueEntryColumns(ves.length);
  for (let i = 0; i < ves.length; i++) {
    const v = ves[i]!;
    ve.entryNo[i] = v.entryNo;
    ve.itemNo[i] = dict.items.intern(v.itemNo);
    ve.postingDate[i] = day(v.postingDate);
    ve.itemLedgerEntryType[i] = optionCode(
      OPTION_CODES.itemLedgerEntryType,
      v.itemLedgerEntryType,
      'item ledger entry type',
    );
    ve.entryType[i] = optionCode(OPTION_CODES.entryType, v.entryType, 'entry type');
    ve.varianceType[i] = optionCode(OPTION_CODES.varianceType, v.varianceType, 'variance type');
    ve.orderType[i] = optionCode(OPTION_CODES.orderType, v.orderType, 'order type');
    ve.sourceType[i] = optionCode(OPTION_CODES.sourceType, v.sourceType, 'source type');
    ve.sourceNo[i] = dict.sourceNos.intern(v.sourceNo);
    ve.locationCode[i] = dict.locations.intern(v.locationCode);
    ve.inventoryPostingGroup[i] = dict.inventoryPostingGroups.intern(v.inventoryPostingGroup);
    ve.genBusPostingGroup[i] = dict.genBusPostingGroups.intern(v.genBusPostingGroup);
    ve.genProdPostingGroup[i] = dict.genProdPostingGroups.intern(v.genProdPostingGroup);
    ve.costAmountActual[i] = toMinorUnits(v.costAmountActual, scale);
    ve.costAmountExpected[i] = toMinorUnits(v.costAmountExpected, scale);
    ve.costPostedToGL[i] = toMinorUnits(v.costPostedToGL, scale);
    ve.expectedCostPostedToGL[i] = toMinorUnits(v.expectedCostPostedToGL, scale);
  }

  const gls = ds.glEntries;
  const gl = allocateGLEntryColumns(gls.length);
  for (let i = 0; i < gls.length; i++) {
    const g = gls[i]!;
    gl.entryNo[i] = g.entryNo;
    gl.glAccountNo[i] = dict.glAccounts.intern(g.glAccountNo);
    gl.postingDate[i] = day(g.postingDate);
    gl.closingDate[i] = g.closingDate ? 1 : 0;
    gl.dateCompressed[i] = g.dateCompressed ? 1 : 0;
    gl.amount[i] = toMinorUnits(g.amount, scale);
  }

  const rels = ds.glItemLedgerRelations;
  const rel = allocateRelationColumns(rels.length);
  for (let i = 0; i < rels.length; i++) {
    const r = rels[i]!;
    rel.glEntryNo[i] = r.glEntryNo;
    rel.valueEntryNo[i] = r.valueEntryNo;
    if (r.amount !== null && r.amount !== '') rel.amount[i] = toMinorUnits(r.amount, scale);
  }

  return { scale, dictionaries: dict, valueEntries: ve, glEntries: gl, relations: rel };
}
