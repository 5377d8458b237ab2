// Records every main-thread long task (> 50 ms) from page load on, with its start (page clock), so a
// caller can tell which step it fell in; imported first by the bench page.

export interface LongTaskSummary {
  count: number;
  longestMs: number;
  totalMs: number;
}

export interface LongTask {
  startMs: number;
  durationMs: number;
}

const tasks: LongTask[] = [];

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) tasks.push({ startMs: entry.startTime, durationMs: entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** Long tasks from the `from`-th on (a caller remembers `count` to attribute tasks to a phase). */
export function longTaskSummary(from = 0): LongTaskSummary {
  const part = tasks.slice(from);
  return {
    count: tasks.length,
    longestMs: part.reduce((m, t) => Math.max(m, t.durationMs), 0),
    totalMs: part.reduce((s, t) => s + t.durationMs, 0),
  };
}

/** The long tasks from the `from`-th on, each with its start. */
export function longTasks(from = 0): LongTask[] {
  return tasks.slice(from);
}
