// Placeholder filling for catalogue messages.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/ui/i18n/format-message';

describe('formatMessage', () => {
  it('fills named placeholders', () => {
    expect(formatMessage('Engine {version}', { version: '0.1.0' })).toBe('Engine 0.1.0');
    expect(formatMessage('{n} of {total}', { n: 3, total: 10 })).toBe('3 of 10');
  });

  it('leaves an unknown placeholder visible instead of printing "undefined"', () => {
    expect(formatMessage('Engine {version}', {})).toBe('Engine {version}');
  });

  it('returns the template unchanged without params', () => {
    expect(formatMessage('Motor {version}')).toBe('Motor {version}');
  });
});
