// Display formats: sizes beside chosen files and in the storage estimate (plural bytes, then kB/MB/GB with one
// decimal), and a chart's exact minor units as decimal strings.
import { describe, expect, it } from 'vitest';
import { formatBytes, minorToDecimal } from '../../src/ui/components/format';

describe('formatBytes', () => {
  it('writes sizes the way a reader says them, in English and Swedish', () => {
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(78, 'en')).toBe('78 bytes');
    expect(formatBytes(16_487_634, 'en')).toBe('16.5 MB');
    expect(formatBytes(78, 'sv')).toBe('78 byte');
    expect(formatBytes(16_487_634, 'sv')).toBe('16,5 MB');
  });
});

describe('minorToDecimal', () => {
  it('puts the decimal point by the scale, with the sign and leading zeros', () => {
    expect(minorToDecimal(5499, 2)).toBe('54.99');
    expect(minorToDecimal(-1, 2)).toBe('-0.01');
    expect(minorToDecimal(0, 2)).toBe('0.00');
    expect(minorToDecimal(-44088110360, 2)).toBe('-440881103.60');
    expect(minorToDecimal(12345, 0)).toBe('12345');
    // A chart's tick between whole minor units is rounded to one.
    expect(minorToDecimal(2500.4, 2)).toBe('25.00');
  });
});
