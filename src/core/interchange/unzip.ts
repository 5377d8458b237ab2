// Opens a zip of CSV files (e.g. one exported by writeDatasetCsvZip) for readDatasetCsv.
import { strFromU8, unzipSync } from 'fflate';
import { fail, ok, problem, type Problem, type Result } from '../problems/problem';
import type { CsvFile } from './read-csv';

export function unzipCsvFiles(bytes: Uint8Array, file = 'dataset.zip'): Result<CsvFile[]> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    const reason = e instanceof Error ? e.message : 'unreadable';
    return fail([problem('zip-invalid', `${file} is not a readable zip file (${reason})`, { file })]);
  }
  const files: CsvFile[] = [];
  const warnings: Problem[] = [];
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\./.test(name)) continue;
    if (!/\.csv$/i.test(name)) {
      warnings.push(
        problem('table-unknown', `${file}: ${name} is not a CSV file; ignored`, { file: name }, undefined, 'warning'),
      );
      continue;
    }
    files.push({ name, text: strFromU8(data) });
  }
  if (files.length === 0) {
    return fail([problem('file-empty', `${file} holds no CSV files`, { file }, 'zip the CSV files of the tables')]);
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ok(files, warnings);
}
