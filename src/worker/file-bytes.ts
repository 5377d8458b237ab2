// Import files may cross the worker boundary as Blobs (a File from the file picker clones without copying
// its bytes): they are read here, in the worker, so the UI thread never holds or copies the bytes.
import type { ImportFile } from './use-cases/read-import-files';

export interface BlobImportFile {
  name: string;
  data: Blob;
}

/** The request with every Blob's bytes read (other files unchanged). */
export async function withFileBytes<R extends { files: readonly (ImportFile | BlobImportFile)[] }>(
  request: R,
): Promise<R & { files: ImportFile[] }> {
  const files = await Promise.all(
    request.files.map(async (f): Promise<ImportFile> => {
      if (typeof Blob !== 'undefined' && f.data instanceof Blob)
        return { name: f.name, data: new Uint8Array(await f.data.arrayBuffer()) };
      return f as ImportFile;
    }),
  );
  return { ...request, files };
}
