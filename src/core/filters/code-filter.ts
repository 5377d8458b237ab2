// BC code filters in a small subset: terms separated by |, each a code, '' (the blank code), a range
// A..C (open ends allowed), a pattern with * wildcards, or <>X (not X). Codes compare upper-cased, ordinally.

export interface CodeFilter {
  text: string;
  matches(code: string): boolean;
}

const ALL: CodeFilter = { text: '', matches: () => true };

function termMatcher(term: string): (code: string) => boolean {
  const t = term.trim().toUpperCase();
  if (t.startsWith('<>')) {
    const inner = termMatcher(t.slice(2));
    return (c) => !inner(c);
  }
  if (t === "''") return (c) => c === '';
  const dots = t.indexOf('..');
  if (dots >= 0) {
    const lo = t.slice(0, dots).trim();
    const hi = t.slice(dots + 2).trim();
    return (c) => (lo === '' || c >= lo) && (hi === '' || c <= hi);
  }
  if (t.includes('*')) {
    const re = new RegExp(`^${t.split('*').map(escapeRegExp).join('.*')}$`);
    return (c) => re.test(c);
  }
  return (c) => c === t;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Blank → matches everything. */
export function parseCodeFilter(text: string | undefined | null): CodeFilter {
  const t = (text ?? '').trim();
  if (t === '') return ALL;
  const terms = t.split('|').map(termMatcher);
  return { text: t, matches: (code) => terms.some((m) => m(code.toUpperCase())) };
}
