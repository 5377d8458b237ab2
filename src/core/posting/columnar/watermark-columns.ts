// The run's new Cost Posted to G/L watermarks as typed columns in read order: the first pass writes
// each posting row at its read position (no object or array per row), and finish() closes the gaps
// the rows that did not post left.
import type { ColumnarWatermarks } from './post-columnar';

export class WatermarkColumns {
  private readonly posted: Uint8Array;
  private count = 0;
  private readonly row: Uint32Array;
  private readonly chunk: Uint32Array;
  private readonly rowInChunk: Uint32Array;
  private readonly valueEntryNo: Float64Array;
  private readonly costPostedToGL: Float64Array;
  private readonly expectedCostPostedToGL: Float64Array;

  /** `capacity`: the rows the run reads. */
  constructor(capacity: number) {
    this.posted = new Uint8Array(capacity);
    this.row = new Uint32Array(capacity);
    this.chunk = new Uint32Array(capacity);
    this.rowInChunk = new Uint32Array(capacity);
    this.valueEntryNo = new Float64Array(capacity);
    this.costPostedToGL = new Float64Array(capacity);
    this.expectedCostPostedToGL = new Float64Array(capacity);
  }

  /** The posting row read at `readPos`; NaN for a watermark that does not change. */
  set(
    readPos: number,
    row: number,
    chunk: number,
    rowInChunk: number,
    entryNo: number,
    actual: number,
    expected: number,
  ): void {
    this.posted[readPos] = 1;
    this.count++;
    this.row[readPos] = row;
    this.chunk[readPos] = chunk;
    this.rowInChunk[readPos] = rowInChunk;
    this.valueEntryNo[readPos] = entryNo;
    this.costPostedToGL[readPos] = actual;
    this.expectedCostPostedToGL[readPos] = expected;
  }

  /** Posting rows, in read order, packed to the front; the columns cut to their number. */
  finish(): ColumnarWatermarks {
    const n = this.count;
    const cols = [
      this.row,
      this.chunk,
      this.rowInChunk,
      this.valueEntryNo,
      this.costPostedToGL,
      this.expectedCostPostedToGL,
    ] as const;
    if (n < this.posted.length) {
      let to = 0;
      for (let from = 0; from < this.posted.length; from++) {
        if (this.posted[from] === 0) continue;
        for (const c of cols) c[to] = c[from]!;
        to++;
      }
    }
    const cut = <T extends Uint32Array | Float64Array>(a: T): T => (a.length === n ? a : (a.slice(0, n) as T));
    return {
      length: n,
      row: cut(this.row),
      chunk: cut(this.chunk),
      rowInChunk: cut(this.rowInChunk),
      valueEntryNo: cut(this.valueEntryNo),
      costPostedToGL: cut(this.costPostedToGL),
      expectedCostPostedToGL: cut(this.expectedCostPostedToGL),
    };
  }
}
