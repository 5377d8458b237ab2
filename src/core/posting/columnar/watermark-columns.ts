// The run's new Cost Posted to G/L watermarks as typed columns, sized for every row read (an upper
// bound), filled without one object or array per row, and trimmed when the run ends.
import type { ColumnarWatermarks } from './post-columnar';

export class WatermarkColumns {
  length = 0;
  private readonly row: Uint32Array;
  private readonly chunk: Uint32Array;
  private readonly rowInChunk: Uint32Array;
  private readonly valueEntryNo: Float64Array;
  private readonly costPostedToGL: Float64Array;
  private readonly expectedCostPostedToGL: Float64Array;

  constructor(capacity: number) {
    this.row = new Uint32Array(capacity);
    this.chunk = new Uint32Array(capacity);
    this.rowInChunk = new Uint32Array(capacity);
    this.valueEntryNo = new Float64Array(capacity);
    this.costPostedToGL = new Float64Array(capacity);
    this.expectedCostPostedToGL = new Float64Array(capacity);
  }

  /** One posted entry; NaN for a watermark that does not change. */
  push(row: number, chunk: number, rowInChunk: number, entryNo: number, actual: number, expected: number): void {
    const at = this.length++;
    this.row[at] = row;
    this.chunk[at] = chunk;
    this.rowInChunk[at] = rowInChunk;
    this.valueEntryNo[at] = entryNo;
    this.costPostedToGL[at] = actual;
    this.expectedCostPostedToGL[at] = expected;
  }

  /** The columns cut to `length` (copies only when rows were left out, so spare capacity is freed). */
  finish(): ColumnarWatermarks {
    const n = this.length;
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
