// What each bench part hands back: named figures (null when it could not be measured), notes saying why,
// and free-form details for the JSON report.

export type Figures = Record<string, number | null>;

export interface PartResult {
  figures: Figures;
  notes: string[];
  details?: Record<string, unknown>;
}

/** Wall time, plus this process's CPU time: on a busy machine the wall time alone overstates the cost. */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = fn();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? (e.message.split('\n')[0] ?? String(e)) : String(e);
}
