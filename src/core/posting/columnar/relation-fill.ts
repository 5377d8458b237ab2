// The relation columns of a run: each posting row's shares go to their G/L entry's range in storage
// order (the rows of one posting date sit together, so the writes stay local), then each range is put
// in read order — the order the batch job adds the value entries to a buffer line.
import type { BufferOutput } from './buffer-output';
import type { PostingEntryColumns } from './entry-columns';
import type { RowLocator } from './read-order';
import { POSTED, type RowRecords } from './row-pass';

const SHORT_RANGE = 24;
const PLACES = 2097152;

export function fillRelations(
  cols: PostingEntryColumns,
  loc: RowLocator,
  rows: RowRecords,
  readPos: Uint32Array,
  out: BufferOutput,
): void {
  const { kinds, rowShares, shares } = rows;
  const { relations: rel, glNo } = out;
  const next = out.nextRelation;
  const starts = next.slice();
  const pos = new Uint32Array(rel.length);
  for (let k = 0; k < cols.chunks.length; k++) {
    const c = cols.chunks[k]!;
    const offset = loc.offsets[k]!;
    for (let r = 0; r < c.rowCount; r++) {
      const g = offset + r;
      if (kinds[g] !== POSTED) continue;
      const first = rowShares[2 * g]!;
      const end = first + rowShares[2 * g + 1]!;
      for (let sh = first; sh < end; sh++) {
        const group = shares[2 * sh]!;
        const no = glNo[group]!;
        if (no === 0) continue;
        const at = next[group]!++;
        rel.glEntryNo[at] = no;
        rel.valueEntryNo[at] = c.entryNo[r]!;
        rel.amount[at] = shares[2 * sh + 1]!;
        pos[at] = readPos[g]!;
      }
    }
  }
  const sorter = new RangeSorter(rel.valueEntryNo, rel.amount, pos);
  for (let group = 0; group < starts.length; group++) sorter.sort(starts[group]!, next[group]!);
}

/** Sorts ranges of the value entry no. and amount columns by read position, reusing its scratch space. */
class RangeSorter {
  private packed = new Float64Array(256);
  private entryNos = new Float64Array(256);
  private amounts = new Float64Array(256);

  constructor(
    private readonly entryNo: Float64Array,
    private readonly amount: Float64Array,
    private readonly pos: Uint32Array,
  ) {}

  sort(from: number, to: number): void {
    const { entryNo, amount, pos } = this;
    let sorted = true;
    for (let i = from + 1; i < to && sorted; i++) sorted = pos[i - 1]! < pos[i]!;
    if (sorted) return;
    const n = to - from;
    if (n <= SHORT_RANGE) {
      for (let i = from + 1; i < to; i++) {
        const p = pos[i]!;
        const e = entryNo[i]!;
        const a = amount[i]!;
        let j = i - 1;
        while (j >= from && pos[j]! > p) {
          pos[j + 1] = pos[j]!;
          entryNo[j + 1] = entryNo[j]!;
          amount[j + 1] = amount[j]!;
          j--;
        }
        pos[j + 1] = p;
        entryNo[j + 1] = e;
        amount[j + 1] = a;
      }
      return;
    }
    if (n > this.packed.length) {
      let size = this.packed.length;
      while (size < n) size *= 2;
      this.packed = new Float64Array(size);
      this.entryNos = new Float64Array(size);
      this.amounts = new Float64Array(size);
    }
    // Read position and place packed in one number (positions < 2^32, places < 2^21) sort natively.
    const wide = n >= PLACES;
    const packed = this.packed.subarray(0, n);
    for (let i = 0; i < n; i++) packed[i] = wide ? i : pos[from + i]! * PLACES + i;
    if (wide) packed.sort((x, y) => pos[from + x]! - pos[from + y]!);
    else packed.sort();
    this.entryNos.set(entryNo.subarray(from, to));
    this.amounts.set(amount.subarray(from, to));
    for (let i = 0; i < n; i++) {
      const place = wide ? packed[i]! : packed[i]! % PLACES;
      entryNo[from + i] = this.entryNos[place]!;
      amount[from + i] = this.amounts[place]!;
    }
  }
}
