// BC filter subset: code filters (lists, ranges, blank, wildcards, not) and date filters with closing dates.
import { describe, expect, it } from 'vitest';
import { dateInRange, parseCodeFilter, parseDateFilter } from '../../../src/core/filters';

describe('parseCodeFilter', () => {
  it('matches everything when blank', () => {
    expect(parseCodeFilter('').matches('BLUE')).toBe(true);
    expect(parseCodeFilter(undefined).matches('')).toBe(true);
  });
  it('matches a list of codes case-insensitively', () => {
    const f = parseCodeFilter('blue|RED');
    expect(['BLUE', 'RED', 'GREEN', ''].map((c) => f.matches(c))).toEqual([true, true, false, false]);
  });
  it('matches a range with open ends', () => {
    expect(['1000', '1001', '1002'].map((c) => parseCodeFilter('1000..1001').matches(c))).toEqual([true, true, false]);
    expect(['1000', '1002'].map((c) => parseCodeFilter('1001..').matches(c))).toEqual([false, true]);
  });
  it("matches the blank code with ''", () => {
    const f = parseCodeFilter("''|BLUE");
    expect(['', 'BLUE', 'RED'].map((c) => f.matches(c))).toEqual([true, true, false]);
  });
  it('matches wildcards and negation', () => {
    expect(parseCodeFilter('B*').matches('BLUE')).toBe(true);
    expect(parseCodeFilter('B*').matches('RED')).toBe(false);
    expect(parseCodeFilter('<>BLUE').matches('BLUE')).toBe(false);
    expect(parseCodeFilter('<>BLUE').matches('RED')).toBe(true);
  });
});

describe('parseDateFilter', () => {
  it('treats a closing date as after its day', () => {
    const upTo = parseDateFilter('..2020-12-31')!;
    const upToClosing = parseDateFilter('..C2020-12-31')!;
    expect(dateInRange(upTo, '2020-12-31')).toBe(true);
    expect(dateInRange(upTo, '2020-12-31', true)).toBe(false);
    expect(dateInRange(upToClosing, '2020-12-31', true)).toBe(true);
  });
  it('reads single days and open ranges', () => {
    const day = parseDateFilter('2023-02-01')!;
    expect(dateInRange(day, '2023-02-01')).toBe(true);
    expect(dateInRange(day, '2023-02-02')).toBe(false);
    const from = parseDateFilter('2026-01-16..')!;
    expect(dateInRange(from, '2026-01-15')).toBe(false);
    expect(dateInRange(from, '2030-01-01')).toBe(true);
  });
  it('refuses text that is not a filter', () => {
    expect(parseDateFilter('yesterday')).toBeNull();
    expect(parseDateFilter('2023-02-30')).toBeNull();
  });
});
