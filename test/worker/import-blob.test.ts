// Import files may arrive as Blobs (the page passes the picked File): read in the worker, synchronously file by
// file where FileReaderSync exists, else as bytes first.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unzipCsvFiles } from '../../src/core/interchange';
import { createEngineApi } from '../../src/worker/engine-api';
import { uniqueDbName } from '../storage/fixtures';
import { value } from './engine-fixtures';

describe('import from Blobs', () => {
  it('imports the exported zip passed as a Blob, with the same counts', async () => {
    const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
    const sample = value(await api.ensureSampleDataset());
    if (!sample) throw new Error('sample not stored');
    const [zip] = value(await api.exportDataset(sample.id, 'zip'));
    const imported = value(await api.importDataset({ files: [{ name: 'sample.zip', data: zip!.data }], mode: 'new' }));
    expect(imported.counts).toEqual(sample.counts);
    expect(imported.counts.valueEntries).toBe(8);
  });
});

/** A Blob whose bytes only the stub FileReaderSync reads (its async arrayBuffer() is not to be used). */
class SyncOnlyBlob extends Blob {
  constructor(
    readonly content: Uint8Array<ArrayBuffer>,
    /** A slice (a head read to recognise the file), not the whole file. */
    readonly part = false,
  ) {
    super([content]);
  }
  override slice(start?: number, end?: number): Blob {
    return new SyncOnlyBlob(this.content.slice(start, end), true);
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new Error('read synchronously, file by file'));
  }
}

describe('import from Blobs in a worker with FileReaderSync', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the Blobs and reads each CSV file once, in pieces, never as one text', async () => {
    const wholeTexts: string[] = [];
    const pieces: string[] = [];
    vi.stubGlobal(
      'FileReaderSync',
      class {
        readAsText(blob: SyncOnlyBlob): string {
          const text = new TextDecoder().decode(blob.content);
          if (!blob.part) wholeTexts.push(text);
          return text;
        }
        readAsArrayBuffer(blob: SyncOnlyBlob): ArrayBuffer {
          pieces.push(new TextDecoder().decode(blob.content));
          return blob.content.slice().buffer;
        }
      },
    );
    const api = createEngineApi({ dbName: uniqueDbName(), locks: null });
    const sample = value(await api.ensureSampleDataset());
    if (!sample) throw new Error('sample not stored');
    const [zip] = value(await api.exportDataset(sample.id, 'zip'));
    const csv = value(unzipCsvFiles(new Uint8Array(await zip!.data.arrayBuffer())));
    const files = csv.map((f) => ({ name: f.name, data: new SyncOnlyBlob(new TextEncoder().encode(f.text)) }));
    const imported = value(await api.importDataset({ files, mode: 'new' }));
    expect(imported.counts).toEqual(sample.counts);
    expect(imported.counts.valueEntries).toBe(8);
    // Each file (all smaller than a piece) read once as one piece; heads come from slices, no whole text.
    expect(wholeTexts).toEqual([]);
    expect(pieces.sort()).toEqual(csv.map((f) => f.text).sort());
  });
});
