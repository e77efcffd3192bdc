import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withCommas } from '../../src/rules/numbers';

describe('withCommas', () => {
  it.each([
    [0, '0'], [7, '7'], [999, '999'], [1000, '1,000'], [3000, '3,000'], [100000, '100,000'], [1234567, '1,234,567'], [-1500, '-1,500'],
  ])('%d is written %s', (n, text) => {
    expect(withCommas(n)).toBe(text);
  });

  it('writes every whole number as en-US does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => withCommas(n) === n.toLocaleString('en-US')));
  });
});
