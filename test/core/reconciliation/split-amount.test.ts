// Splitting a G/L amount over value entries in minor units: half away from zero, remainder on the largest.
import { describe, expect, it } from 'vitest';
import { mulDivRound, splitAmount } from '../../../src/core/reconciliation/split-amount';

describe('splitAmount', () => {
  it('rounds half away from zero, exactly', () => {
    expect(mulDivRound(5, 1, 2)).toBe(3);
    expect(mulDivRound(-5, 1, 2)).toBe(-3);
    expect(mulDivRound(9000, 3501, 9001)).toBe(3501); // 35.0061 → 35.01
    expect(mulDivRound(2 ** 40, 2 ** 20, 3)).toBe(Math.round(2 ** 60 / 3)); // BigInt path
  });

  it('puts the remainder on the largest absolute share (scenario 29: 90.00 over 30.00 / 25.00 / 35.01)', () => {
    expect(splitAmount(9000, [3000, 2500, 3501], [1, 2, 3])).toEqual([3000, 2500, 3500]);
    expect(splitAmount(-9000, [-3000, -2500, -3501], [1, 2, 3])).toEqual([-3000, -2500, -3500]);
  });

  it('breaks ties to the lowest entry no. and splits equally when the weights sum to zero', () => {
    expect(splitAmount(100, [1, 1, 1], [7, 3, 5])).toEqual([33, 34, 33]);
    expect(splitAmount(10, [5, -5], [1, 2])).toEqual([5, 5]);
  });
});
