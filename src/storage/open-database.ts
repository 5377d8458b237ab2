// Opens the Costbook database: maps open failures to problems and handles `versionchange`
// (another tab opened a newer app version) by closing and telling the caller, who asks for a reload.
import { fail, ok, problem, type Result } from '../core/problems';
import { CostbookDb, DATABASE_NAME, SCHEMA_VERSION } from './schema';
import { storageProblem } from './storage-errors';

export interface OpenOptions {
  name?: string;
  /** Called once when another tab upgrades the database; this connection is closed by then. */
  onVersionChange?: () => void;
}

/**
 * The schema version a newer app left in the database, or null. Checked before opening because
 * Dexie 4 would otherwise open (and even extend) a newer database with this older schema.
 * Dexie stores version v as native version 10·v (plus small increments).
 */
async function newerStoredVersion(name: string): Promise<number | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const info = (await indexedDB.databases()).find((d) => d.name === name);
  const stored = info?.version ? Math.floor(info.version / 10) : 0;
  return stored > SCHEMA_VERSION ? stored : null;
}

export async function openCostbookDb(options: OpenOptions = {}): Promise<Result<CostbookDb>> {
  const name = options.name ?? DATABASE_NAME;
  const newer = await newerStoredVersion(name).catch(() => null);
  if (newer !== null) {
    return fail([
      problem(
        'database-newer-than-app',
        `The stored data was written by a newer version of Costbook (database version ${newer}; this app knows ${SCHEMA_VERSION}).`,
        undefined,
        'Reload the page to start the newer version.',
      ),
    ]);
  }
  const db = new CostbookDb(name);
  db.on('versionchange', () => {
    db.close();
    options.onVersionChange?.();
    return false;
  });
  try {
    await db.open();
    return ok(db);
  } catch (e) {
    const p = storageProblem(e);
    if (p) return fail([p]);
    throw e;
  }
}
