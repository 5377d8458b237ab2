// Turns the files a user dropped (one JSON, several CSV files, or a zip of CSV files) into a
// validated Dataset with interchange; every problem names its file, line and field.
import {
  CSV_HEAD_CHARS,
  readDatasetCsvSteps,
  readDatasetJson,
  unzipCsvFiles,
  writeTableCsv,
  type CsvFile,
  type CsvSource,
  type ReadStep,
} from '../../core/interchange';
import { DATASET_TABLES, type Dataset } from '../../core/model';
import { fail, problem, type Problem, type Result } from '../../core/problems';
import type { LedgerSink } from '../../core/interchange/columnar';
import { syncBlobReader } from '../file-bytes';
import { ReadMeter } from './read-meter';

export interface ImportFile {
  name: string;
  /**
   * Text, the file's bytes, or a Blob where the worker reads Blobs synchronously (file-bytes.ts);
   * a zip must be bytes or a Blob; text files are read as UTF-8.
   */
  data: string | Uint8Array | ArrayBuffer | Blob;
}

function blobReader() {
  const reader = syncBlobReader();
  if (!reader) throw new Error('a Blob import file reaches the reader only where Blobs read synchronously');
  return reader;
}

function bytesOf(data: ImportFile['data']): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(data instanceof ArrayBuffer ? data : blobReader().readAsArrayBuffer(data));
}

function textOf(data: ImportFile['data']): string {
  if (typeof data === 'string') return data;
  if (data instanceof Uint8Array || data instanceof ArrayBuffer) return new TextDecoder('utf-8').decode(data);
  return blobReader().readAsText(data);
}

/** The first `bytes` bytes of the file as text (a character cut at the end does not matter to a header). */
function headOf(data: ImportFile['data'], bytes: number): string {
  if (typeof data === 'string') return data.slice(0, bytes);
  if (data instanceof Uint8Array || data instanceof ArrayBuffer) return textOf(bytesOf(data).subarray(0, bytes));
  return textOf(data.slice(0, bytes));
}

/** Bytes decoded a piece at a time: no file's whole text is ever one string. */
const PIECE_BYTES = 8 * 1024 * 1024;

function sizeOf(data: Uint8Array | ArrayBuffer | Blob): number {
  return data instanceof ArrayBuffer ? data.byteLength : data instanceof Uint8Array ? data.length : data.size;
}

function* textPieces(data: Uint8Array | ArrayBuffer | Blob, meter: ReadMeter): Generator<string> {
  const decoder = new TextDecoder('utf-8');
  const size = sizeOf(data);
  for (let at = 0; at < size; at += PIECE_BYTES) {
    const bytes =
      data instanceof Blob
        ? blobReader().readAsArrayBuffer(data.slice(at, at + PIECE_BYTES))
        : bytesOf(data).subarray(at, at + PIECE_BYTES);
    meter.read(bytes.byteLength);
    yield decoder.decode(bytes, { stream: true });
  }
  yield decoder.decode();
}

/** A CSV file read when the reader comes to it, in pieces: an import holds no file's whole text. */
function csvSource(file: ImportFile, meter: ReadMeter): CsvSource {
  const { name, data } = file;
  if (typeof data === 'string') return textSource({ name, text: data }, meter);
  meter.expect(sizeOf(data));
  // Up to 4 bytes a character: the head holds the CSV_HEAD_CHARS characters the header is read from.
  return {
    name,
    head: () => headOf(data, 4 * CSV_HEAD_CHARS),
    text: () => textOf(data),
    pieces: () => textPieces(data, meter),
  };
}

/** A file already in memory as text (given as text, or unzipped), its characters counted when read. */
function textSource(file: CsvFile, meter: ReadMeter): CsvSource {
  const { name, text } = file;
  meter.expect(text.length);
  return {
    name,
    head: () => text,
    text: () => text,
    *pieces() {
      meter.read(text.length);
      yield text;
    },
  };
}

function kindOf(file: ImportFile): 'json' | 'zip' | 'csv' {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.zip')) return 'zip';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  const head = headOf(file.data, 4);
  if (head.startsWith('PK')) return 'zip';
  return head.trimStart().startsWith('{') ? 'json' : 'csv';
}

export interface ReadImportOptions {
  strict?: boolean;
  /** The stored dataset when appending: the result is then only what the files add. */
  appendTo?: Dataset;
  /** CSV ledgers go here as column chunks (not with appendTo); the Dataset's ledgers come back empty. */
  ledgerSink?: LedgerSink;
}

const LEDGERS = [
  'itemLedgerEntries',
  'itemApplicationEntries',
  'valueEntries',
  'glEntries',
  'glItemLedgerRelations',
] as const;

/**
 * The stored ledgers (and precision) as CSV files read ahead of the user's: the reader then checks
 * the new rows against the stored ones (references, duplicate entry nos.) in one pass.
 */
function storedFiles(ds: Dataset): CsvFile[] {
  const files = [{ name: 'stored/general-ledger-setup.csv', text: writeTableCsv(ds, 'generalLedgerSetup') }];
  for (const t of LEDGERS) files.push({ name: `stored/${t}.csv`, text: writeTableCsv(ds, t) });
  return files;
}

/** What the files added: ledger rows after the stored ones; setup rows not carried over from the base. */
function addedPart(read: Dataset, stored: Dataset): Dataset {
  const out = { ...read };
  for (const table of DATASET_TABLES) {
    if ((LEDGERS as readonly string[]).includes(table)) {
      (out[table] as unknown[]) = read[table].slice(stored[table].length);
    } else {
      const old = new Set<unknown>(stored[table]);
      (out[table] as unknown[]) = (read[table] as unknown[]).filter((row) => !old.has(row));
    }
  }
  return out;
}

/**
 * The dropped files as a validated Dataset, pausing between pieces of the CSV text and before the dataset checks (core's steps.ts):
 * the import drives it to report progress from `meter` and to take a cancel.
 */
export function* readImportFileSteps(
  files: readonly ImportFile[],
  options: ReadImportOptions = {},
  meter = new ReadMeter(),
): Generator<ReadStep, Result<Dataset>, void> {
  if (files.length === 0)
    return fail([problem('file-empty', 'No file was chosen.', undefined, 'Choose a .json, .csv or .zip file.')]);
  const strict = options.strict ?? false;
  const json = files.filter((f) => kindOf(f) === 'json');
  if (json.length > 0) {
    if (files.length > 1) {
      return fail([
        problem(
          'format-unknown',
          `${json[0]!.name} is a whole dataset; import it alone, not together with other files.`,
          { file: json[0]!.name },
        ),
      ]);
    }
    return readDatasetJson(textOf(json[0]!.data), { file: json[0]!.name, strict });
  }
  const csv: (CsvFile | CsvSource)[] = [];
  const warnings: Problem[] = [];
  for (const file of files) {
    if (kindOf(file) === 'zip') {
      const unzipped = unzipCsvFiles(bytesOf(file.data), file.name);
      if (!unzipped.ok) return unzipped;
      csv.push(...unzipped.value.map((f) => textSource(f, meter)));
      warnings.push(...unzipped.warnings);
    } else {
      csv.push(csvSource(file, meter));
    }
  }
  const base = options.appendTo;
  const read = base
    ? yield* readDatasetCsvSteps([...storedFiles(base), ...csv], { strict, base })
    : yield* readDatasetCsvSteps(csv, options.ledgerSink ? { strict, ledgerSink: options.ledgerSink } : { strict });
  if (!read.ok) return read;
  return { ...read, value: base ? addedPart(read.value, base) : read.value, warnings: [...warnings, ...read.warnings] };
}
