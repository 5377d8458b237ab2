// A manual G/L journal (e.g. a correction posted straight to an inventory account): checked and
// planned by core/posting, written in one transaction.
import { postGLJournal as planGLJournal, type GLJournal } from '../../core/posting';
import { ok, type Result } from '../../core/problems';
import type { EngineContext } from '../engine-context';
import type { WriteOutcome } from './item-transactions';
import { planAndWrite } from './plan-and-write';

export async function postGLJournal(
  ctx: EngineContext,
  datasetId: string,
  journal: GLJournal,
): Promise<Result<WriteOutcome>> {
  const r = await planAndWrite(ctx, datasetId, (ds) => {
    const planned = planGLJournal(ds, journal);
    if (!planned.ok) return planned;
    const c = planned.value;
    const created = {
      itemLedgerEntries: 0,
      valueEntries: 0,
      glEntries: c.glEntries.length,
      itemLedgerEntryNos: [],
      valueEntryNos: [],
    };
    return ok({ changes: c, value: created }, planned.warnings);
  });
  return r.ok ? ok({ created: r.value.value, dataset: r.value.dataset }, r.warnings) : r;
}
