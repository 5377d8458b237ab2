// Dense ids for tuples of small integers (dictionary codes, day numbers, ids): an open-addressing hash
// over typed arrays, so the per-row lookups of a million-entry run allocate nothing and hash no strings.
export class IntTupleIndex {
  /** Number of distinct tuples seen; ids run 0..size-1 in first-seen order. */
  size = 0;
  /** The tuple to look up: fill its first `width` cells, then call id(). */
  readonly probe: Int32Array;
  private keys: Int32Array;
  /** Hash slots holding id + 1 (0 = empty). */
  private slots: Int32Array;
  private mask: number;

  constructor(
    readonly width: number,
    capacity = 1024,
  ) {
    this.probe = new Int32Array(width);
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
    this.keys = new Int32Array((slots / 2) * width);
  }

  private hashAt(keys: Int32Array, at: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.width; i++) h = Math.imul(h ^ keys[at + i]!, 0x01000193);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d);
  }

  /** The id of the tuple in `probe`, added when new. */
  id(): number {
    const w = this.width;
    const p = this.probe;
    const keys = this.keys;
    let s = this.hashAt(p, 0) & this.mask;
    for (;;) {
      const v = this.slots[s]!;
      if (v === 0) break;
      const at = (v - 1) * w;
      let same = true;
      for (let i = 0; i < w; i++) {
        if (keys[at + i] !== p[i]) {
          same = false;
          break;
        }
      }
      if (same) return v - 1;
      s = (s + 1) & this.mask;
    }
    const id = this.size++;
    if ((id + 1) * w > keys.length) this.keys = growKeys(keys);
    this.keys.set(p, id * w);
    this.slots[s] = id + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** The id of the pair (a, b): a shortcut for width-2 indexes. */
  pair(a: number, b: number): number {
    this.probe[0] = a;
    this.probe[1] = b;
    return this.id();
  }

  /** Cell `i` of tuple `id`. */
  get(id: number, i: number): number {
    return this.keys[id * this.width + i]!;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let s = this.hashAt(this.keys, id * this.width) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function growKeys(keys: Int32Array): Int32Array {
  const next = new Int32Array(keys.length * 2);
  next.set(keys);
  return next;
}
