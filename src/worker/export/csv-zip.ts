// All CSV files in one zip, deflated as they are written (fflate's streaming Zip): each file's bytes go in
// fixed-size blocks, so the archive's bytes depend on the dataset only, not on how its rows were paged.
import { Zip, ZipDeflate } from 'fflate';
import { BlobParts } from './blob-parts';
import type { TextSink } from './export-tables';

const BLOCK = 2 ** 20;
/** A fixed time stamp keeps the archive's bytes the same for the same dataset. */
const MTIME = new Date(1980, 0, 1);

export class CsvZipWriter {
  private readonly out = new BlobParts();
  private readonly zip: Zip;
  private readonly encoder = new TextEncoder();
  private failure: Error | null = null;

  constructor() {
    this.zip = new Zip((err, data) => {
      if (err) this.failure = err;
      else this.out.add(data);
    });
  }

  /** Adds a file whose text `write` gives to its sink. */
  async addFile(name: string, write: (sink: TextSink) => Promise<void>): Promise<void> {
    const file = new ZipDeflate(name);
    file.mtime = MTIME;
    this.zip.add(file);
    let block = new Uint8Array(BLOCK);
    let used = 0;
    await write((text) => {
      let bytes = this.encoder.encode(text);
      while (bytes.length > 0) {
        const n = Math.min(BLOCK - used, bytes.length);
        block.set(bytes.subarray(0, n), used);
        used += n;
        bytes = bytes.subarray(n);
        if (used === BLOCK) {
          file.push(block);
          block = new Uint8Array(BLOCK);
          used = 0;
        }
      }
    });
    file.push(block.subarray(0, used), true);
    this.check();
  }

  blob(): Blob {
    this.zip.end();
    this.check();
    return this.out.blob('application/zip');
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
