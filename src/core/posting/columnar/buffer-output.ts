// The columnar buffer's groups as the run's output: buffer-key order, one G/L entry per non-zero group
// (numbered from the run's first no.), the posting-group summary, the check that every G/L transaction
// balances, and the relation columns laid out per G/L entry for the read-order pass to fill.
import type { DimensionSet, GLEntry } from '../../model';
import { fromMinorUnits } from '../../money';
import { INVENTORY_SETUP_TYPES, type PostingGroupSummaryLine } from '../batch-job';
import { compareGroups, type GroupKey } from '../buffer-key';
import { dimensionDisplayText } from '../dimensions';
import { costGLEntry, TransactionBalance } from '../gl-output';
import type { KeyBase } from '../plan-value-entry';
import type { ColumnarBuffer } from './columnar-buffer';
import type { ColumnarRelations } from './post-columnar';

export interface BufferOutputInput {
  buffer: ColumnarBuffer;
  bases: readonly KeyBase[];
  /** Posting date and canonical dimension text of a date-dimension id. */
  postingDate(dateDim: number): string;
  dimText(dateDim: number): string;
  dimensionSet(code: number): DimensionSet;
  documentNo: string;
  firstGLEntryNo: number;
  scale: number;
}

export interface BufferOutput {
  glEntries: GLEntry[];
  postingGroupSummary: PostingGroupSummaryLine[];
  /** Sized for every share of a posted group, still empty. */
  relations: ColumnarRelations;
  /** G/L entry no. per group id (0: a zero group, nothing posted or related). */
  glNo: Float64Array;
  /** Per group id, where its next relation goes. */
  nextRelation: Float64Array;
}

interface SortedGroup extends GroupKey {
  index: number;
}

export function bufferOutput(o: BufferOutputInput): BufferOutput {
  const buf = o.buffer;
  const count = buf.groups;
  const keys: SortedGroup[] = new Array<SortedGroup>(count);
  const dimTexts = new Map<number, string>();
  const dates = new Map<number, string>();
  for (let g = 0; g < count; g++) {
    const dd = buf.groupDateDim[g]!;
    let postingDate = dates.get(dd);
    let dimText = dimTexts.get(dd);
    if (postingDate === undefined || dimText === undefined) {
      postingDate = o.postingDate(dd);
      dimText = o.dimText(dd);
      dates.set(dd, postingDate);
      dimTexts.set(dd, dimText);
    }
    keys[g] = { index: g, postingDate, base: o.bases[buf.groupBase[g]!]!, dimText, negative: buf.groupNegative[g]! };
  }
  keys.sort(compareGroups);

  const glNo = new Float64Array(count);
  const glEntries: GLEntry[] = [];
  const summary: PostingGroupSummaryLine[] = [];
  const displayTexts = new Map<string, string>();
  const balance = new TransactionBalance();
  let nextNo = o.firstGLEntryNo;
  for (const k of keys) {
    const minor = buf.groupAmount[k.index]!;
    if (minor === 0) continue;
    const b = k.base;
    const no = nextNo++;
    glNo[k.index] = no;
    const amount = fromMinorUnits(minor, o.scale);
    const description = `${b.accountType} - ${b.balAccountType}, ${b.location},${b.inventoryPostingGroup},${b.genBusPostingGroup},${b.genProdPostingGroup}`;
    const dimensions = { ...o.dimensionSet(buf.groupDimensions[k.index]!) };
    glEntries.push(costGLEntry(no, b.accountNo, k.postingDate, o.documentNo, description, amount, dimensions));
    balance.add(k.postingDate, o.documentNo, minor);
    let display = displayTexts.get(k.dimText);
    if (display === undefined) {
      display = dimensionDisplayText(k.dimText);
      displayTexts.set(k.dimText, display);
    }
    summary.push({
      glEntryNo: no,
      accountType: b.accountType,
      balAccountType: b.balAccountType,
      postingDate: k.postingDate,
      glAccountNo: b.accountNo,
      setupText: INVENTORY_SETUP_TYPES.has(b.accountType)
        ? `${b.location},${b.inventoryPostingGroup}`
        : `${b.genBusPostingGroup},${b.genProdPostingGroup}`,
      dimensionsText: display,
      amount,
      valueEntryCount: 0,
    });
  }
  balance.assertBalanced();

  // Relations grouped by G/L entry (its group's buffer-key rank); the second pass fills them in read order.
  const start = new Float64Array(count);
  let total = 0;
  let at = 0;
  for (const k of keys) {
    start[k.index] = total;
    if (glNo[k.index] === 0) continue;
    total += buf.groupShares[k.index]!;
    summary[at++]!.valueEntryCount = buf.groupShares[k.index]!;
  }
  const relations: ColumnarRelations = {
    length: total,
    glEntryNo: new Float64Array(total),
    valueEntryNo: new Float64Array(total),
    amount: new Float64Array(total),
  };
  return { glEntries, postingGroupSummary: summary, relations, glNo, nextRelation: start };
}
