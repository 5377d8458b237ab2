// Sizes shown beside chosen files and in the storage estimate: plural bytes, then kB/MB/GB with one decimal.
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/ui/components/format';

describe('formatBytes', () => {
  it('writes sizes the way a reader says them, in English and Swedish', () => {
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(78, 'en')).toBe('78 bytes');
    expect(formatBytes(16_487_634, 'en')).toBe('16.5 MB');
    expect(formatBytes(78, 'sv')).toBe('78 byte');
    expect(formatBytes(16_487_634, 'sv')).toBe('16,5 MB');
  });
});
