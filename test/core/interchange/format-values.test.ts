// Canonical decimals: text that is already canonical is kept as is (the export's fast path), and any other
// text is rewritten to the same canonical form the minor-unit round trip gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalAmount, canonicalPlain } from '../../../src/core/interchange/format-values';
import { fromMinorUnits } from '../../../src/core/money';

/** "12.3400" → "12.34", "-0.000" → "0", "5.000" → "5": the plain form of minor units. */
function plainOf(minor: number, scale: number): string {
  const s = fromMinorUnits(minor, scale);
  const trimmed = scale === 0 ? s : s.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/** Non-canonical spellings of the same number: leading zeros, trailing zeros, a plus sign, minus zero. */
const spellings = (text: string): string[] => {
  const [sign, body] = text.startsWith('-') ? ['-', text.slice(1)] : ['', text];
  const withDot = body.includes('.') ? body : `${body}.`;
  return [text, `${sign}00${body}`, `${sign}${withDot}000`, sign ? text : `+${text}`];
};

const minor = fc.integer({ min: -(10 ** 14), max: 10 ** 14 });
const scale = fc.integer({ min: 0, max: 5 });

describe('canonicalAmount', () => {
  it('keeps canonical amounts and rewrites other spellings to them', () => {
    fc.assert(
      fc.property(minor, scale, (m, s) => {
        const text = fromMinorUnits(m, s);
        for (const t of spellings(text)) expect(canonicalAmount(t, { amountScale: s })).toBe(text);
      }),
    );
  });

  it('writes zero without a sign, with the precision’s decimals', () => {
    expect(['-0', '-0.00', '0', '+0.0', ''].map((t) => canonicalAmount(t, { amountScale: 2 }))).toEqual([
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(canonicalAmount('80', { amountScale: 2 })).toBe('80.00');
  });
});

describe('canonicalPlain', () => {
  it('keeps canonical decimals and rewrites other spellings to them', () => {
    fc.assert(
      fc.property(minor, scale, (m, s) => {
        const text = plainOf(m, s);
        for (const t of spellings(text)) expect(canonicalPlain(t)).toBe(text);
      }),
    );
  });

  it('drops the sign of zero and every redundant zero', () => {
    expect(['-0', '-0.0', '007.500', '+3', '-0.50', '10'].map(canonicalPlain)).toEqual([
      '0',
      '0',
      '7.5',
      '3',
      '-0.5',
      '10',
    ]);
  });
});
