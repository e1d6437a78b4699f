import { describe, expect, it } from 'vitest';
import { divRound, formatScaled, sumDecimals } from './decimal.js';

describe('sumDecimals', () => {
  it.each([
    [[], 0, '0'],
    [[], 3, '0.000'],
    [['0.1', '0.2'], 0, '0.3'], // 0.30000000000000004 in floats
    [['12.345', '0.005', '7'], 0, '19.350'],
    [['1.5', '-2.25'], 0, '-0.75'],
    [['-0.001'], 3, '-0.001'],
    [['9007199254740993.001', '1.000'], 0, '9007199254740994.001'], // beyond float precision
  ])('adds %j (scale ≥ %i) exactly to %s', (values, scale, expected) => {
    expect(sumDecimals(values, scale)).toBe(expected);
  });

  it('rejects what is not a decimal', () => {
    expect(() => sumDecimals(['1e3'])).toThrow(RangeError);
  });
});

describe('scaled integers', () => {
  it('formats with the implied decimals, signs and leading zeros', () => {
    expect(formatScaled(-5, 2)).toBe('-0.05');
    expect(formatScaled(123456n, 3)).toBe('123.456');
    expect(formatScaled(7, 0)).toBe('7');
    expect(() => formatScaled(0.5, 2)).toThrow(RangeError);
  });

  it('rounds half away from zero like PostgreSQL round(numeric)', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
  });
});
