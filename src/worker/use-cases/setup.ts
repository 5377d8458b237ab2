// Setup read and write: single-record setups and setup tables, edited by core/setup's pure
// functions (validated there) and stored in one transaction.
import { type Dataset } from '../../core/model';
import { fail, ok, problem, type Result } from '../../core/problems';
import { deleteRecords, setSetup, upsertRecords, type SetupPatch } from '../../core/setup';
import { SETUP_TABLES, writeSetup, type DatasetSummary, type SetupTableName } from '../../storage';
import type { EngineContext } from '../engine-context';

export type SetupEdit =
  | { kind: 'setSetup'; patch: SetupPatch }
  | { kind: 'upsertRecords'; table: SetupTableName; records: unknown[] }
  | { kind: 'deleteRecords'; table: SetupTableName; keys: unknown[] }
  | { kind: 'datasetInfo'; name?: string; description?: string; workDate?: string | null };

export type SetupView = Pick<
  Dataset,
  'name' | 'description' | 'currencyCode' | 'workDate' | 'generalLedgerSetup' | 'inventorySetup' | SetupTableName
>;

function setupOf(ds: Dataset): SetupView {
  const { name, description, currencyCode, workDate, generalLedgerSetup, inventorySetup } = ds;
  const view = { name, description, currencyCode, workDate, generalLedgerSetup, inventorySetup } as SetupView;
  for (const t of SETUP_TABLES) (view[t] as unknown) = ds[t];
  return view;
}

export async function getSetup(ctx: EngineContext, datasetId: string): Promise<Result<SetupView>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const loaded = await ctx.cache.load(opened.value, datasetId);
  return loaded.ok ? ok(setupOf(loaded.value.dataset)) : loaded;
}

function applyEdit(ds: Dataset, edit: SetupEdit): Result<Dataset> {
  switch (edit.kind) {
    case 'setSetup':
      return setSetup(ds, edit.patch);
    case 'upsertRecords':
    case 'deleteRecords':
      if (!(SETUP_TABLES as readonly string[]).includes(edit.table)) {
        return fail([problem('table-unknown', `${edit.table} is not a setup table`, { table: edit.table })]);
      }
      return edit.kind === 'upsertRecords'
        ? upsertRecords(ds, edit.table, edit.records)
        : deleteRecords(ds, edit.table, edit.keys);
    case 'datasetInfo':
      return ok({
        ...ds,
        name: edit.name ?? ds.name,
        description: edit.description ?? ds.description,
        workDate: edit.workDate === undefined ? ds.workDate : edit.workDate,
      });
  }
}

/** Applies one edit and stores the new setup; the returned view is what is stored now. */
export async function editSetup(
  ctx: EngineContext,
  datasetId: string,
  edit: SetupEdit,
): Promise<Result<{ setup: SetupView; dataset: DatasetSummary }>> {
  const opened = await ctx.db();
  if (!opened.ok) return opened;
  const db = opened.value;
  return ctx.queue.run(async () => {
    const loaded = await ctx.cache.load(db, datasetId);
    if (!loaded.ok) return loaded;
    const edited = applyEdit(loaded.value.dataset, edit);
    if (!edited.ok) return edited;
    const written = await writeSetup(db, datasetId, edited.value);
    ctx.cache.forget(datasetId);
    return written.ok ? ok({ setup: setupOf(edited.value), dataset: written.value }, edited.warnings) : written;
  });
}
