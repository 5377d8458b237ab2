// Bench-only worker: the cold matrix path (src/storage/ledger-columns.ts + reconcileColumns) split into timed
// phases, in a fresh worker so storage reads and the compute run as cold as in the engine's first Show Matrix.
// Phases run one after another (the engine reads all fields at once and converts each as it arrives), so their
// sum is an upper bound of the engine's time.
import { buildContext } from '../../../../src/core/reconciliation/context';
import { computeTotals } from '../../../../src/core/reconciliation/totals';
import { buildCauses, buildWarnings } from '../../../../src/core/reconciliation/build-causes';
import { formatCell, matrixCellAmounts } from '../../../../src/core/reconciliation/matrix-cells';
import { loadDataset, openCostbookDb } from '../../../../src/storage';
import { dictionaryPageReader } from '../../../../src/storage/dictionary-store';
import { readStoredTableChunks } from '../../../../src/storage/chunk-store';
import {
  LedgerColumnsBuilder,
  MATRIX_READS,
  type FieldChunk,
  type MatrixTable,
} from '../../../../src/storage/to-ledger-columns';
import type { StoredChunk } from '../../../../src/storage/records';

export interface ColdPhases {
  phasesMs: Record<string, number>;
  rows: Record<string, number>;
  error?: string;
}

/** One field's chunks out of whole stored chunks (the engine reads them per field straight away). */
function fieldChunks(chunks: readonly StoredChunk[], field: string): FieldChunk[] {
  return chunks.map((c) => {
    const values = c.columns[field];
    if (!values) throw new Error(`stored chunk lacks column ${field}`);
    const exceptions = c.exceptions[field];
    return exceptions ? { rowCount: c.rowCount, values, exceptions } : { rowCount: c.rowCount, values };
  });
}

async function coldPhases(datasetId: string): Promise<ColdPhases> {
  const phasesMs: Record<string, number> = {};
  let last = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phasesMs[name] = Math.round((now - last) * 10) / 10;
    last = now;
  };
  const opened = await openCostbookDb();
  if (!opened.ok) return { phasesMs, rows: {}, error: opened.problems[0]!.message };
  const db = opened.value;
  lap('openDatabase');
  const record = await db.datasets.get(datasetId);
  if (!record) return { phasesMs, rows: {}, error: `no dataset ${datasetId}` };
  lap('readDatasetRecord');
  const valueEntries = await readStoredTableChunks(db, record, 'valueEntries', { fields: MATRIX_READS.valueEntries });
  lap('readValueEntries');
  const glEntries = await readStoredTableChunks(db, record, 'glEntries', { fields: MATRIX_READS.glEntries });
  lap('readGLEntries');
  const relations = await readStoredTableChunks(db, record, 'glItemLedgerRelations', {
    fields: MATRIX_READS.glItemLedgerRelations,
  });
  lap('readRelations');
  const chunks = { valueEntries, glEntries, glItemLedgerRelations: relations };
  const fields = (Object.keys(MATRIX_READS) as MatrixTable[]).flatMap((table) =>
    MATRIX_READS[table].map((field) => ({ table, field, chunks: fieldChunks(chunks[table], field) })),
  );
  const builder = new LedgerColumnsBuilder(
    record.amountScale,
    {
      valueEntries: record.chunks.valueEntries.reduce((n, c) => n + c.rowCount, 0),
      glEntries: record.chunks.glEntries.reduce((n, c) => n + c.rowCount, 0),
      glItemLedgerRelations: record.chunks.glItemLedgerRelations.reduce((n, c) => n + c.rowCount, 0),
    },
    record.dictionarySize,
  );
  for (const f of fields) builder.addField(f.table, f.field, f.chunks);
  lap('toLedgerColumns');
  const dictionary = await dictionaryPageReader(db, record.id).lookupOf(builder.dictionaryIndexes());
  lap('readDictionary');
  const cols = builder.finish(dictionary);
  lap('finishColumns');
  const setup = await loadDataset(db, datasetId, { ledgers: false });
  if (!setup.ok) return { phasesMs, rows: {}, error: setup.problems[0]!.message };
  lap('loadSetup');
  for (const run of ['', 'Again']) {
    const ctx = buildContext(cols, setup.value.dataset, {});
    if (!ctx.ok) return { phasesMs, rows: {}, error: ctx.problems[0]!.message };
    lap(`buildContext${run}`);
    const totals = computeTotals(ctx.value);
    lap(`computeTotals${run}`);
    const cells: Record<string, string> = {};
    for (const [key, minor] of matrixCellAmounts(totals)) cells[key] = formatCell(minor, cols.scale);
    buildWarnings(totals);
    buildCauses(ctx.value, totals, 1000);
    lap(`cellsAndCauses${run}`);
  }
  db.close();
  return {
    phasesMs,
    rows: {
      valueEntries: cols.valueEntries.length,
      glEntries: cols.glEntries.length,
      relations: cols.relations.length,
    },
  };
}

self.onmessage = (e: MessageEvent<{ datasetId: string }>) => {
  coldPhases(e.data.datasetId).then(
    (r) => self.postMessage(r),
    (err: unknown) => self.postMessage({ phasesMs: {}, rows: {}, error: String(err) }),
  );
};
