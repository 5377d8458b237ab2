// Posting date and dimension set as the buffer key sees them, from a row's day number and dimension
// code: the ISO date and allowed-date check per day, the canonical dimension text per code, and one
// id per (dimension text, day) pair — all computed once per distinct value.
import { isoFromDayIndex } from '../../dates';
import { dimensionSetText } from '../dimensions';
import { postingDateAllowed, type PostingContext } from '../posting-context';
import type { PostingEntryColumns } from './entry-columns';
import { IntTupleIndex } from './int-tuple-index';

const UNKNOWN = -1;

export class DateDimensions {
  private readonly isoOf = new Map<number, string>();
  private readonly allowedOf = new Map<number, boolean>();
  private lastDay = NaN;
  private lastAllowed = false;
  private textIdOfCode = new Int32Array(1024).fill(UNKNOWN);
  private readonly textIds = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly pairs = new IntTupleIndex(2, 4096);
  private lastCode = -1;
  private lastPairDay = NaN;
  private lastPair = -1;

  constructor(
    private readonly ctx: PostingContext,
    private readonly cols: PostingEntryColumns,
  ) {}

  iso(day: number): string {
    let iso = this.isoOf.get(day);
    if (iso === undefined) {
      iso = isoFromDayIndex(day);
      this.isoOf.set(day, iso);
    }
    return iso;
  }

  /** The General Ledger Setup's Allow Posting From/To admit this day. */
  allowed(day: number): boolean {
    if (day === this.lastDay) return this.lastAllowed;
    let a = this.allowedOf.get(day);
    if (a === undefined) {
      a = postingDateAllowed(this.ctx, this.iso(day));
      this.allowedOf.set(day, a);
    }
    this.lastDay = day;
    this.lastAllowed = a;
    return a;
  }

  private textId(code: number): number {
    if (code >= this.textIdOfCode.length) {
      let n = this.textIdOfCode.length * 2;
      while (n <= code) n *= 2;
      const next = new Int32Array(n).fill(UNKNOWN);
      next.set(this.textIdOfCode);
      this.textIdOfCode = next;
    }
    let id = this.textIdOfCode[code]!;
    if (id === UNKNOWN) {
      const text = dimensionSetText(this.cols.dimensionSet(code));
      id = this.textIds.get(text) ?? this.texts.length;
      if (id === this.texts.length) {
        this.texts.push(text);
        this.textIds.set(text, id);
      }
      this.textIdOfCode[code] = id;
    }
    return id;
  }

  /** Id of the (dimension text, posting date) of a row with this dimension code and day. */
  id(dimensionCode: number, day: number): number {
    if (dimensionCode === this.lastCode && day === this.lastPairDay) return this.lastPair;
    const id = this.pairs.pair(this.textId(dimensionCode), day);
    this.lastCode = dimensionCode;
    this.lastPairDay = day;
    this.lastPair = id;
    return id;
  }

  postingDate(id: number): string {
    return this.iso(this.pairs.get(id, 1));
  }

  dimText(id: number): string {
    return this.texts[this.pairs.get(id, 0)]!;
  }
}
