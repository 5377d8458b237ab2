// One read-write transaction per user action. A failed Result returned inside rolls the whole
// transaction back; storage errors (quota…) become problems. Errors are caught only here, at the
// transaction boundary (catching inside a Dexie transaction would prevent its rollback).
import { fail, type Result } from '../core/problems';
import type { CostbookDb } from './schema';
import { storageProblem } from './storage-errors';

class Rollback<T> extends Error {
  constructor(readonly result: Result<T>) {
    super('rollback');
  }
}

function rollbackOf<T>(e: unknown): Rollback<T> | null {
  if (e instanceof Rollback) return e as Rollback<T>;
  const inner = (e as { inner?: unknown } | null)?.inner;
  return inner instanceof Rollback ? (inner as Rollback<T>) : null;
}

export async function inWriteTransaction<T>(db: CostbookDb, work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.transaction('rw', [db.datasets, db.setupRows, db.columns, db.dictionaryPages], async () => {
      const result = await work();
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (e) {
    const rollback = rollbackOf<T>(e);
    if (rollback) return rollback.result;
    const p = storageProblem(e);
    if (p) return fail([p]);
    throw e;
  }
}

export async function inReadTransaction<T>(db: CostbookDb, work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.transaction('r', [db.datasets, db.setupRows, db.columns, db.dictionaryPages], work);
  } catch (e) {
    const p = storageProblem(e);
    if (p) return fail([p]);
    throw e;
  }
}
