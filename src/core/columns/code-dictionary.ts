// A per-dataset dictionary of codes: each distinct code gets a small integer index (its first-seen order),
// so typed-array columns can hold codes as Uint32 indexes.

export class CodeDictionary {
  readonly codes: string[];
  private readonly index = new Map<string, number>();

  constructor(codes: readonly string[] = []) {
    this.codes = [];
    for (const c of codes) this.intern(c);
  }

  /** Index of the code, adding it when new. */
  intern(code: string): number {
    let i = this.index.get(code);
    if (i === undefined) {
      i = this.codes.length;
      this.codes.push(code);
      this.index.set(code, i);
    }
    return i;
  }

  /** Index of the code, or -1 when the dictionary does not hold it. */
  indexOf(code: string): number {
    return this.index.get(code) ?? -1;
  }

  get size(): number {
    return this.codes.length;
  }
}
