// How much of an import's text has been read: sizes of the files up front, each piece counted as the reader
// takes it, so the progress bar follows the bytes (the ledger files are nearly all of them).
export class ReadMeter {
  private total = 0;
  private done = 0;

  /** A file of `size` bytes (or characters) to be read. */
  expect(size: number): void {
    this.total += size;
  }

  /** `size` more bytes (or characters) were read. */
  read(size: number): void {
    this.done += size;
  }

  /** 0…1: the share read so far. */
  get fraction(): number {
    return this.total === 0 ? 0 : Math.min(1, this.done / this.total);
  }
}
