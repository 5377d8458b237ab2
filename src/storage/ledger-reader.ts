// Reads a ledger table back as row objects (small and medium datasets: costing, posting on row objects).
import { decodeRows } from './chunk-codec';
import { readTableChunks } from './chunk-store';
import { COLUMN_SPECS } from './column-specs';
import type { DatasetRecord, LedgerTableName } from './records';
import type { CostbookDb } from './schema';

export async function readTableRows(
  db: CostbookDb,
  record: DatasetRecord,
  dict: readonly string[],
  table: LedgerTableName,
): Promise<Record<string, unknown>[]> {
  const scales = { amountScale: record.amountScale, unitAmountScale: record.unitAmountScale };
  const rows: Record<string, unknown>[] = [];
  for (const chunk of await readTableChunks(db, record, table)) {
    for (const row of decodeRows(chunk, COLUMN_SPECS[table], dict, scales)) rows.push(row);
  }
  return rows;
}
