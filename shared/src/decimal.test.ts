import { describe, expect, it } from 'vitest';
import { divRound, exactNumeric, formatScaled, sumDecimals, toScaled } from './decimal.js';

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

describe('toScaled', () => {
  it('reads a decimal string as an integer of the given scale', () => {
    expect(toScaled('1.5', 3)).toBe(1500n);
    expect(toScaled('-0.001', 3)).toBe(-1n);
    expect(toScaled('42', 0)).toBe(42n);
  });

  it('rejects more decimals than the scale holds, and what is not a decimal', () => {
    expect(() => toScaled('0.0001', 3)).toThrow(RangeError);
    expect(() => toScaled('1e3', 3)).toThrow(RangeError);
  });
});

describe('exactNumeric', () => {
  it('lets Intl format the decimal as written, beyond float precision too', () => {
    const format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(format.format(Number('9007199254740993.125'))).toBe('9,007,199,254,740,994.00');
    expect(format.format(exactNumeric('9007199254740993.125'))).toBe('9,007,199,254,740,993.13');
    expect(format.format(exactNumeric('-0.005'))).toBe('-0.01');
  });

  it('rejects what is not a decimal', () => {
    expect(() => exactNumeric('12,5')).toThrow(RangeError);
  });
});
