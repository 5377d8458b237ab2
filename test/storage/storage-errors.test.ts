// Dexie/IndexedDB failures become coded problems; anything else stays a bug (null).
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageProblem } from '../../src/storage';

const code = (e: unknown) => storageProblem(e)?.code ?? null;

describe('storageProblem', () => {
  it('finds QuotaExceededError directly, in AbortError.inner, and nested twice', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(code(quota)).toBe('storage-quota-exceeded');
    expect(code(new Dexie.AbortError('aborted', quota))).toBe('storage-quota-exceeded');
    expect(code({ name: 'AbortError', inner: { name: 'AbortError', inner: quota } })).toBe('storage-quota-exceeded');
    expect(code(new Dexie.QuotaExceededError('full'))).toBe('storage-quota-exceeded');
  });

  it('maps a VersionError to database-newer-than-app and a closed database to storage-unavailable', () => {
    expect(code(new Dexie.VersionError('newer'))).toBe('database-newer-than-app');
    expect(code(new Dexie.DatabaseClosedError('closed'))).toBe('storage-unavailable');
    expect(code(new Dexie.MissingAPIError('no indexedDB'))).toBe('storage-unavailable');
  });

  it('leaves other errors to be rethrown as bugs', () => {
    expect(code(new TypeError('x is undefined'))).toBeNull();
    expect(code(new Dexie.AbortError('aborted'))).toBeNull();
  });
});
