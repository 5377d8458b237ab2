// Collects a file's text and bytes as Blob parts: every few MB the parts so far become one Blob, whose bytes
// live outside the worker's heap, so a 300 MB export never sits in it as strings.
const FLUSH_AT = 4 * 2 ** 20;

export class BlobParts {
  private parts: BlobPart[] = [];
  private pending = 0;
  private readonly blobs: Blob[] = [];

  add(part: string | Uint8Array): void {
    this.parts.push(part as BlobPart);
    this.pending += part.length;
    if (this.pending >= FLUSH_AT) this.flush();
  }

  /** The whole file. */
  blob(type: string): Blob {
    this.flush();
    return new Blob(this.blobs, { type });
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.blobs.push(new Blob(this.parts));
    this.parts = [];
    this.pending = 0;
  }
}
