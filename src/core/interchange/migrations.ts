// Migrates older dataset files forward, one named step per version (architecture.md "Versions").
// Version 1 is the first format, so the registry is empty; a step is added with each new version.

export interface DatasetMigration {
  /** The version this step reads; it produces `from + 1`. */
  from: number;
  name: string;
  migrate(body: Record<string, unknown>): Record<string, unknown>;
}

export const DATASET_MIGRATIONS: readonly DatasetMigration[] = [];

export type MigrationOutcome =
  { ok: true; body: Record<string, unknown>; applied: string[] } | { ok: false; missingFrom: number };

/** Applies the steps from `version` up to `target`, in order; fails when a step is missing. */
export function migrateDataset(
  body: Record<string, unknown>,
  version: number,
  target: number,
  steps: readonly DatasetMigration[] = DATASET_MIGRATIONS,
): MigrationOutcome {
  let current = body;
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) return { ok: false, missingFrom: v };
    current = step.migrate(current);
    applied.push(step.name);
  }
  return { ok: true, body: current, applied };
}
