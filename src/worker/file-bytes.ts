// Import files may cross the worker boundary as Blobs (a File from the file picker clones without copying
// its bytes). A worker with FileReaderSync keeps them as Blobs and reads each file when its turn comes, so
// no file's bytes are held at all and only one file's text at a time; elsewhere their bytes are read here.
import type { ImportFile } from './use-cases/read-import-files';

export interface BlobImportFile {
  name: string;
  data: Blob;
}

export interface SyncBlobReader {
  readAsText(blob: Blob): string;
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
}

/** FileReaderSync where the code runs in a browser's worker; null elsewhere (the UI thread, Node). */
export function syncBlobReader(): SyncBlobReader | null {
  const Reader = (globalThis as { FileReaderSync?: new () => SyncBlobReader }).FileReaderSync;
  return Reader ? new Reader() : null;
}

/** The request with every Blob's bytes read, unless Blobs can be read synchronously later (other files unchanged). */
export async function withFileBytes<R extends { files: readonly (ImportFile | BlobImportFile)[] }>(
  request: R,
): Promise<R & { files: ImportFile[] }> {
  const keepBlobs = syncBlobReader() !== null;
  const files = await Promise.all(
    request.files.map(async (f): Promise<ImportFile> => {
      if (!keepBlobs && typeof Blob !== 'undefined' && f.data instanceof Blob)
        return { name: f.name, data: new Uint8Array(await f.data.arrayBuffer()) };
      return f;
    }),
  );
  return { ...request, files };
}
