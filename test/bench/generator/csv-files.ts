// Writes the generated dataset as the CSV files of dataset-format.md (camelCase headers, ',' and '.'),
// cached under bench/data/ by size, seed and generator version so repeated bench runs reuse them.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { GLEntry, GLItemLedgerRelation, ItemLedgerEntry, ValueEntry } from '../../../src/core/model';
import { generateLedgers, type LedgerCounts } from './ledgers';
import { benchSetup } from './setup';

/** Bump when the generated data changes, so stale cached files are not reused. */
export const GENERATOR_VERSION = 1;

export const ITEM_LEDGER_ENTRY_COLUMNS: readonly (keyof ItemLedgerEntry)[] = [
  'entryNo',
  'itemNo',
  'postingDate',
  'entryType',
  'documentNo',
  'locationCode',
  'quantity',
  'invoicedQuantity',
  'remainingQuantity',
  'open',
  'positive',
  'orderType',
  'orderNo',
];
/** Optional value entry fields left at their defaults (itemChargeNo, externalDocumentNo, inventoriable, dimensions) are left out. */
export const VALUE_ENTRY_COLUMNS: readonly (keyof ValueEntry)[] = [
  'entryNo',
  'itemLedgerEntryNo',
  'itemNo',
  'postingDate',
  'valuationDate',
  'itemLedgerEntryType',
  'entryType',
  'documentNo',
  'locationCode',
  'inventoryPostingGroup',
  'genBusPostingGroup',
  'genProdPostingGroup',
  'itemLedgerEntryQuantity',
  'invoicedQuantity',
  'costPerUnit',
  'costAmountActual',
  'costAmountExpected',
  'costPostedToGL',
  'expectedCostPostedToGL',
  'salesAmountActual',
  'adjustment',
  'expectedCost',
  'sourceType',
  'sourceNo',
  'orderType',
  'orderNo',
  'varianceType',
];
export const GL_ENTRY_COLUMNS: readonly (keyof GLEntry)[] = [
  'entryNo',
  'glAccountNo',
  'postingDate',
  'documentNo',
  'description',
  'amount',
  'sourceCode',
  'closingDate',
  'dateCompressed',
];
export const RELATION_COLUMNS: readonly (keyof GLItemLedgerRelation)[] = ['glEntryNo', 'valueEntryNo', 'amount'];

export type DatasetVariant = 'reconcile' | 'unposted';

export interface CsvDataset {
  dir: string;
  variant: DatasetVariant;
  n: number;
  seed: number;
  counts: LedgerCounts;
  /** File name → size in bytes. */
  files: Record<string, number>;
  generateMs: number;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file written in large blocks (1M rows would be slow line by line). */
class CsvWriter<T> {
  private readonly fd: number;
  private lines: string[] = [];

  constructor(
    path: string,
    private readonly columns: readonly (keyof T)[],
  ) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, `${columns.join(',')}\n`);
  }

  add(record: T): void {
    let line = '';
    for (let i = 0; i < this.columns.length; i++) line += (i ? ',' : '') + cell(record[this.columns[i]!]);
    this.lines.push(line);
    if (this.lines.length >= 20000) this.flush();
  }

  private flush(): void {
    if (this.lines.length) writeSync(this.fd, `${this.lines.join('\n')}\n`);
    this.lines = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function writeRecords(path: string, records: readonly object[]): void {
  const first = records[0];
  if (!first) throw new Error(`no records for ${path}`);
  const w = new CsvWriter<object>(path, Object.keys(first) as (keyof object)[]);
  for (const r of records) w.add(r);
  w.close();
}

/** Writes (or reuses) the CSV files of one variant: 'reconcile' has n G/L entries, 'unposted' none. */
export function ensureCsvDataset(root: string, variant: DatasetVariant, n: number, seed: number): CsvDataset {
  const dir = join(root, `v${GENERATOR_VERSION}-n${n}-seed${seed}`, variant);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) return JSON.parse(readFileSync(manifestPath, 'utf8')) as CsvDataset;
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const started = performance.now();
  const setup = benchSetup();
  writeRecords(join(tmp, 'general-ledger-setup.csv'), [setup.generalLedgerSetup]);
  writeRecords(join(tmp, 'inventory-setup.csv'), [setup.inventorySetup]);
  writeRecords(join(tmp, 'gl-accounts.csv'), setup.glAccounts);
  writeRecords(join(tmp, 'locations.csv'), setup.locations);
  writeRecords(join(tmp, 'items.csv'), setup.items);
  writeRecords(join(tmp, 'inventory-posting-setup.csv'), setup.inventoryPostingSetup);
  writeRecords(join(tmp, 'general-posting-setup.csv'), setup.generalPostingSetup);
  const ile = new CsvWriter<ItemLedgerEntry>(join(tmp, 'item-ledger-entries.csv'), ITEM_LEDGER_ENTRY_COLUMNS);
  const ve = new CsvWriter<ValueEntry>(join(tmp, 'value-entries.csv'), VALUE_ENTRY_COLUMNS);
  const withGL = variant === 'reconcile';
  const gl = withGL ? new CsvWriter<GLEntry>(join(tmp, 'gl-entries.csv'), GL_ENTRY_COLUMNS) : null;
  const rel = withGL
    ? new CsvWriter<GLItemLedgerRelation>(join(tmp, 'gl-item-ledger-relations.csv'), RELATION_COLUMNS)
    : null;
  const counts = generateLedgers(
    setup,
    { n, seed, glEntries: withGL ? n : 0 },
    {
      itemLedgerEntry: (e) => ile.add(e),
      valueEntry: (e) => ve.add(e),
      glEntry: (e) => gl?.add(e),
      relation: (r) => rel?.add(r),
    },
  );
  for (const w of [ile, ve, gl, rel]) w?.close();
  const generateMs = performance.now() - started;
  renameSync(tmp, dir);
  const files: Record<string, number> = {};
  for (const name of [
    'general-ledger-setup.csv',
    'inventory-setup.csv',
    'gl-accounts.csv',
    'locations.csv',
    'items.csv',
    'inventory-posting-setup.csv',
    'general-posting-setup.csv',
    'item-ledger-entries.csv',
    'value-entries.csv',
    ...(withGL ? ['gl-entries.csv', 'gl-item-ledger-relations.csv'] : []),
  ]) {
    files[name] = statSync(join(dir, name)).size;
  }
  const manifest: CsvDataset = { dir, variant, n, seed, counts, files, generateMs };
  writeSync(openSync(manifestPath, 'w'), JSON.stringify(manifest, null, 2));
  return manifest;
}
