// Loads a src module that another helper may not have landed yet: null plus a note instead of a crash,
// so every figure that depends on it is reported as null.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

/** T is the caller's view of the module's exports, checked at run time by `required`. */
export async function optionalModule<T>(
  relativePath: string,
  required: readonly (keyof T & string)[],
): Promise<{ module: T | null; note?: string }> {
  const file = join(REPO_ROOT, relativePath);
  if (!existsSync(file)) return { module: null, note: `${relativePath} does not exist yet` };
  try {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const missing = required.filter((name) => typeof module[name] !== 'function');
    if (missing.length) return { module: null, note: `${relativePath} does not export ${missing.join(', ')}` };
    return { module: module as T };
  } catch (e) {
    return {
      module: null,
      note: `${relativePath} failed to load: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    };
  }
}
