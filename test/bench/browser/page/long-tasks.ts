// Records every main-thread long task (> 50 ms) from page load on; imported first by the bench page.

export interface LongTaskSummary {
  count: number;
  longestMs: number;
  totalMs: number;
}

const durations: number[] = [];

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) durations.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

/** Long tasks from the `from`-th on (a caller remembers `count` to attribute tasks to a phase). */
export function longTaskSummary(from = 0): LongTaskSummary {
  const part = durations.slice(from);
  return {
    count: durations.length,
    longestMs: part.reduce((m, d) => Math.max(m, d), 0),
    totalMs: part.reduce((s, d) => s + d, 0),
  };
}
