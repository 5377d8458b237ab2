// Long reads written as generators that pause between pieces of work: the worker drives them and reports
// progress or stops between steps; tests, the CLI and other plain callers run them straight through.

/** Where a paused read is: a file's rows being read, or the dataset-wide checks about to run. */
export type ReadStep = { stage: 'reading'; file: string } | { stage: 'checking' };

/** Runs `steps` to its end and gives its result. */
export function runSteps<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
