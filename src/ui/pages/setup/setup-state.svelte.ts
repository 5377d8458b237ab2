// The open dataset's setup as the Setup page shows it, reloaded when the dataset changes; each edit
// goes to the engine (which validates it) and either stores it or returns its problems.
import type { Problem } from '../../../core/problems';
import type { SetupEdit, SetupView } from '../../../worker/engine-api';
import { engine } from '../../engine-client';
import { currentDataset } from '../../state/current-dataset.svelte';

export class SetupState {
  setup = $state.raw<SetupView | null>(null);
  problems = $state.raw<Problem[]>([]);
  saving = $state(false);

  async load(datasetId: string): Promise<void> {
    const r = await engine.getSetup(datasetId);
    if (datasetId !== currentDataset.id) return;
    if (r.ok) this.setup = r.value;
    else this.problems = r.problems;
  }

  /** Stores one edit; returns its problems (empty when stored). */
  async edit(edit: SetupEdit): Promise<Problem[]> {
    const id = currentDataset.id;
    if (!id) return [];
    this.saving = true;
    try {
      const r = await engine.editSetup(id, edit);
      if (!r.ok) return r.problems;
      this.setup = r.value.setup;
      currentDataset.changed(r.value.dataset);
      return [];
    } finally {
      this.saving = false;
    }
  }
}
