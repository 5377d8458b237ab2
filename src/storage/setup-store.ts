// Setup tables (accounts, items, locations, posting setups, dimensions) as one record per row.
import { TABLE_KEYS, type Dataset, type Item } from '../core/model';
import { SETUP_TABLES, type SetupRecord, type SetupTableName } from './records';
import type { CostbookDb } from './schema';

export function setupKey(table: SetupTableName, row: Record<string, unknown>): string {
  return TABLE_KEYS[table].map((k) => (typeof row[k] === 'string' ? row[k] : '')).join('\u0001');
}

/** Replaces all setup rows of a dataset with the dataset's setup tables. */
export async function replaceSetupRows(db: CostbookDb, datasetId: string, ds: Dataset): Promise<void> {
  await db.setupRows.where('datasetId').equals(datasetId).delete();
  const records: SetupRecord[] = [];
  for (const table of SETUP_TABLES) {
    (ds[table] as unknown as Record<string, unknown>[]).forEach((row, seq) =>
      records.push({ datasetId, table, key: setupKey(table, row), seq, row }),
    );
  }
  await db.setupRows.bulkPut(records);
}

/** Adds or replaces setup rows by key (append import), keeping existing rows' order. */
export async function upsertSetupRows(db: CostbookDb, datasetId: string, ds: Dataset): Promise<void> {
  const existing = await db.setupRows.where('datasetId').equals(datasetId).toArray();
  const byKey = new Map(existing.map((r) => [`${r.table}\u0002${r.key}`, r]));
  const nextSeq = new Map<string, number>();
  for (const r of existing) nextSeq.set(r.table, Math.max(nextSeq.get(r.table) ?? 0, r.seq + 1));
  const records: SetupRecord[] = [];
  for (const table of SETUP_TABLES) {
    for (const row of ds[table] as unknown as Record<string, unknown>[]) {
      const key = setupKey(table, row);
      const old = byKey.get(`${table}\u0002${key}`);
      let seq = old?.seq;
      if (seq === undefined) {
        seq = nextSeq.get(table) ?? 0;
        nextSeq.set(table, seq + 1);
      }
      records.push({ datasetId, table, key, seq, row });
    }
  }
  await db.setupRows.bulkPut(records);
}

/** Adds or replaces item rows by item no. (a change set's items), keeping existing rows' order. */
export async function upsertItemRows(db: CostbookDb, datasetId: string, items: readonly Item[]): Promise<void> {
  if (items.length === 0) return;
  const existing = await db.setupRows.where('[datasetId+table]').equals([datasetId, 'items']).toArray();
  const seqOf = new Map(existing.map((r) => [r.key, r.seq]));
  let nextSeq = existing.reduce((m, r) => Math.max(m, r.seq + 1), 0);
  const records: SetupRecord[] = items.map((item) => {
    const row = item as unknown as Record<string, unknown>;
    const key = setupKey('items', row);
    let seq = seqOf.get(key);
    if (seq === undefined) {
      seq = nextSeq++;
      seqOf.set(key, seq);
    }
    return { datasetId, table: 'items', key, seq, row };
  });
  await db.setupRows.bulkPut(records);
}

export async function readSetupTables(
  db: CostbookDb,
  datasetId: string,
): Promise<Record<SetupTableName, Record<string, unknown>[]>> {
  const rows = await db.setupRows.where('datasetId').equals(datasetId).toArray();
  rows.sort((a, b) => a.seq - b.seq);
  const out = Object.fromEntries(SETUP_TABLES.map((t) => [t, [] as Record<string, unknown>[]])) as Record<
    SetupTableName,
    Record<string, unknown>[]
  >;
  for (const r of rows) out[r.table].push(r.row);
  return out;
}
