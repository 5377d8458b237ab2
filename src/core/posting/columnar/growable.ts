// Same-length growable typed-array columns (Uint32 and Float64), doubling as rows are pushed: the
// posting run's watermark and relation lists without one object per row.
type U32Ctor = Uint32ArrayConstructor;
type F64Ctor = Float64ArrayConstructor;

export class GrowableColumns<U extends string, F extends string> {
  length = 0;
  private capacity = 1024;
  u32: Partial<Record<U, Uint32Array>> = {};
  f64: Partial<Record<F, Float64Array>> = {};
  private readonly u32Names: U[];
  private readonly f64Names: F[];

  constructor(u32: Record<U, U32Ctor>, f64: Record<F, F64Ctor>) {
    this.u32Names = Object.keys(u32) as U[];
    this.f64Names = Object.keys(f64) as F[];
    for (const n of this.u32Names) this.u32[n] = new Uint32Array(this.capacity);
    for (const n of this.f64Names) this.f64[n] = new Float64Array(this.capacity);
  }

  /** Appends one row: values in the order the columns were declared. */
  push(u: readonly number[], f: readonly number[]): void {
    if (this.length === this.capacity) this.grow();
    const at = this.length++;
    for (let i = 0; i < u.length; i++) this.u32[this.u32Names[i]!]![at] = u[i]!;
    for (let i = 0; i < f.length; i++) this.f64[this.f64Names[i]!]![at] = f[i]!;
  }

  private grow(): void {
    this.capacity *= 2;
    for (const n of this.u32Names) {
      const next = new Uint32Array(this.capacity);
      next.set(this.u32[n]!);
      this.u32[n] = next;
    }
    for (const n of this.f64Names) {
      const next = new Float64Array(this.capacity);
      next.set(this.f64[n]!);
      this.f64[n] = next;
    }
  }

  /** The columns trimmed to `length` (copies, so the spare capacity is freed). */
  finish(): { u32: Partial<Record<U, Uint32Array>>; f64: Partial<Record<F, Float64Array>> } {
    const u32: Partial<Record<U, Uint32Array>> = {};
    const f64: Partial<Record<F, Float64Array>> = {};
    for (const n of this.u32Names) u32[n] = this.u32[n]!.slice(0, this.length);
    for (const n of this.f64Names) f64[n] = this.f64[n]!.slice(0, this.length);
    return { u32, f64 };
  }
}
