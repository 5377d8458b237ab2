// Saves an engine-made file (a Blob built in the worker) through a Blob URL, the way a browser downloads a file.
import type { ExportFile } from '../../worker/engine-api';

export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(file.data);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the browser has started reading the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
