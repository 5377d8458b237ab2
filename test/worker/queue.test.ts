// The write queue runs writes one at a time in order, and keeps nothing of a finished write's result
// (the queue lives as long as the worker: a kept posting run would hold its columns for good).
import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../src/worker/queue';

describe('WriteQueue', () => {
  it('runs writes in order, one at a time, past a failed one', async () => {
    const queue = new WriteQueue(null);
    const log: string[] = [];
    const write = (name: string, fail = false) =>
      queue.run(async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([write('a'), write('b', true), write('c')]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual(['a', 'failed', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('does not hold the last result once it is done', async () => {
    const queue = new WriteQueue(null);
    const run = { relations: new Float64Array(1000) };
    expect(await queue.run(() => Promise.resolve(run))).toBe(run);
    await expect(queue.idle()).resolves.toBeUndefined();
    await queue.run<never>(() => Promise.reject(new Error('quota'))).catch(() => undefined);
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
