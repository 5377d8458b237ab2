// Saves engine-made files (text or bytes) through a Blob URL, the way a browser downloads a file.
import type { ExportFile } from '../../worker/engine-api';

export function downloadFile(file: ExportFile): void {
  const blob = new Blob([file.data as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the browser has started reading the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
