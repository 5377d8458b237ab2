// Asks the browser to keep Costbook's data (navigator.storage.persist) and reports usage and quota.

export interface StorageInfo {
  /** True when the browser promised not to evict the data; null when it cannot tell. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** navigator.storage, absent in Node and in some private windows (typed as optional on purpose). */
function storageManager(): Partial<StorageManager> | null {
  const nav = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator;
  return nav?.storage ?? null;
}

/** Requests persistent storage once (browsers may grant it silently or ask); never throws. */
export async function requestPersistence(): Promise<boolean | null> {
  const sm = storageManager();
  if (!sm?.persist) return null;
  try {
    if (await sm.persisted?.()) return true;
    return await sm.persist();
  } catch {
    return null;
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const sm = storageManager();
  if (!sm) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    sm.persisted ? sm.persisted().catch(() => null) : Promise.resolve(null),
    sm.estimate ? sm.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}
