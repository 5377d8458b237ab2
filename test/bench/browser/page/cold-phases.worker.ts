// Bench-only worker: the cold matrix path (src/storage/ledger-columns.ts + reconcileColumns) split into timed
// phases, in a fresh worker so storage reads and the compute run as cold as in the engine's first Show Matrix.
// Phases run one after another (the engine overlaps the three table reads), so their sum is an upper bound.
import { buildContext } from '../../../../src/core/reconciliation/context';
import { computeTotals } from '../../../../src/core/reconciliation/totals';
import { buildCauses, buildWarnings } from '../../../../src/core/reconciliation/build-causes';
import { formatCell, matrixCellAmounts } from '../../../../src/core/reconciliation/matrix-cells';
import { loadDataset, openCostbookDb } from '../../../../src/storage';
import { readDictionaryEntries } from '../../../../src/storage/dictionary-store';
import { readStoredTableChunks } from '../../../../src/storage/chunk-store';
import { codedIndexes, MATRIX_READS, toLedgerColumns } from '../../../../src/storage/to-ledger-columns';

export interface ColdPhases {
  phasesMs: Record<string, number>;
  rows: Record<string, number>;
  error?: string;
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
  const coded = codedIndexes({ valueEntries, glEntries });
  lap('codedIndexes');
  const dictionary = await readDictionaryEntries(db, record.id, coded);
  lap('readDictionary');
  const cols = toLedgerColumns({
    scale: record.amountScale,
    dictionary,
    valueEntries,
    glEntries,
    relations,
  });
  lap('toLedgerColumns');
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
