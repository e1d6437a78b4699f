import { describe, it, expect } from 'vitest';
import { normalizeForParse, normalizeIdentifier } from './normalize.js';

describe('normalizeIdentifier', () => {
  it.each([
    ['12.345.678-z', '12345678Z'],
    [' x-1234567-l ', 'X1234567L'],
    ['b 12345674', 'B12345674'],
    ['es\t0021\n0000', 'ES00210000'],
    ['12\u00a0345', '12345'],
    ['A–B—C‐D−E', 'ABCDE'], // typographic dashes and the minus sign
    ['a/b_c,d', 'A/B_C,D'], // only spaces, dashes and dots are separators
    ['', ''],
  ])('turns %j into %j', (input, output) => {
    expect(normalizeIdentifier(input)).toBe(output);
  });
});

describe('normalizeForParse', () => {
  it('returns the normalised value', () => {
    expect(normalizeForParse(' ab-12 ', 'code')).toEqual({ ok: true, value: 'AB12' });
  });

  it('reports blank input as EMPTY', () => {
    expect(normalizeForParse(' - ', 'code')).toEqual({ ok: false, reason: 'EMPTY', message: 'the code is empty' });
  });

  it('reports the first stray character as FORMAT', () => {
    expect(normalizeForParse('ab/12*', 'code')).toEqual({ ok: false, reason: 'FORMAT', message: 'a code only has letters and digits, got "/"' });
  });
});
