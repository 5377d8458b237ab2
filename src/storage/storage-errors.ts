// Maps IndexedDB/Dexie failures to problems: quota (also hidden in AbortError.inner), a database
// newer than the app, and storage that is unavailable (private mode, closed by another tab).
import { problem, type Problem } from '../core/problems';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
}

function chain(e: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && out.length < 8) {
    out.push(cur);
    cur = (cur as ErrorLike).inner;
  }
  return out;
}

export function isQuotaError(e: unknown): boolean {
  return chain(e).some((x) => x.name === 'QuotaExceededError' || x.code === 22);
}

/** The problem for a storage failure, or null when the error is a bug to rethrow. */
export function storageProblem(e: unknown): Problem | null {
  const errors = chain(e);
  if (errors.length === 0) return null;
  if (isQuotaError(e)) {
    return problem(
      'storage-quota-exceeded',
      'The browser has no room left to store this data; nothing was saved.',
      undefined,
      'Delete datasets you no longer need, or free disk space, then try again.',
    );
  }
  if (errors.some((x) => x.name === 'VersionError')) {
    return problem(
      'database-newer-than-app',
      'The stored data was written by a newer version of Costbook than this one.',
      undefined,
      'Reload the page to start the newer version.',
    );
  }
  const unavailable = [
    'DatabaseClosedError',
    'MissingAPIError',
    'InvalidStateError',
    'OpenFailedError',
    'UnknownError',
  ];
  const hit = errors.find((x) => typeof x.name === 'string' && unavailable.includes(x.name));
  if (hit) {
    return problem(
      'storage-unavailable',
      `The browser's storage cannot be used right now (${String(hit.message ?? hit.name)}).`,
      undefined,
      'Reload the page; in a private window, storage may be disabled.',
    );
  }
  return null;
}
