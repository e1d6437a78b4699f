import { describe, it, expect } from 'vitest';
import { buildCups, cupsControlLetters, parseCups } from './cups.js';
import type { ParseFailureReason } from './parse-result.js';

function expectFailure(input: string, reason: ParseFailureReason, message?: string | RegExp): void {
  const result = parseCups(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  expect(result.message.length).toBeGreaterThan(10);
  if (message !== undefined) expect(result.message).toMatch(message);
}

describe('cupsControlLetters', () => {
  // Hand-computed: 529 × 39697542533 = 20999999999957, so 21000000000001 mod 529 = 44 = 1 × 23 + 21,
  // and letters 1 and 21 of TRWAGMYFPDXBNJZSQVHLCKE are R and K.
  it('gives RK for 0021000000000001 (hand-computed)', () => {
    expect(cupsControlLetters('0021000000000001')).toBe('RK');
  });

  it.each([
    ['0000000000000000', 'TT'], // 0 → 0, 0
    ['0000000000000529', 'TT'], // 529 → 0
    ['0000000000000024', 'RR'], // 24 = 1 × 23 + 1
    ['0000000000000528', 'EE'], // 528 = 22 × 23 + 22, the last letter twice
    ['0021012345678901', 'PV'], // remainder 201 = 8 × 23 + 17
    ['0031405469798001', 'JV'], // remainder 316 = 13 × 23 + 17
    ['1234567890123456', 'TP'], // remainder 8
    ['9999999999999999', 'SA'], // beyond Number.MAX_SAFE_INTEGER: remainder 348 = 15 × 23 + 3
  ])('gives %s the letters %s', (digits, letters) => {
    expect(cupsControlLetters(digits)).toBe(letters);
  });

  it.each(['', '002100000000000', '00210000000000011', '002100000000000A', ' 0021000000000001', '-021000000000001'])(
    'throws a RangeError for %j, which is not 16 digits',
    (digits) => {
      expect(() => cupsControlLetters(digits)).toThrow(RangeError);
    },
  );
});

describe('buildCups', () => {
  it('builds a 20-character CUPS', () => {
    expect(buildCups('0021000000000001')).toBe('ES0021000000000001RK');
  });

  it('appends a border point, upper-cased', () => {
    expect(buildCups('0021000000000001', '0F')).toBe('ES0021000000000001RK0F');
    expect(buildCups('0021000000000001', '1p')).toBe('ES0021000000000001RK1P');
  });

  it('treats an empty border point as none', () => {
    expect(buildCups('0021000000000001', '')).toBe('ES0021000000000001RK');
  });

  it.each(['0F', '1P', '2R', '3C', '4X', '5Y', '6Z'])('accepts the border point %j', (borderPoint) => {
    expect(parseCups(buildCups('0021000000000001', borderPoint))).toMatchObject({ ok: true });
  });

  it.each(['F0', '0', '0FF', '00', 'FF', '0-', '0A', '9Q'])('throws a RangeError for border point %j', (borderPoint) => {
    expect(() => buildCups('0021000000000001', borderPoint)).toThrow(RangeError);
  });

  it('throws a RangeError for digits that are not 16', () => {
    expect(() => buildCups('21000000000001')).toThrow(RangeError);
  });

  it('builds what parseCups accepts, for many supply numbers', () => {
    for (let i = 0; i < 600; i++) {
      const digits = `0${String(21 + (i % 7) * 10).padStart(3, '0')}${String(i * 7919 + 1).padStart(12, '0')}`;
      const cups = buildCups(digits, i % 2 === 0 ? undefined : `${i % 10}F`);
      expect(parseCups(cups)).toEqual({ ok: true, value: cups, kind: 'CUPS' });
    }
  });
});

describe('parseCups', () => {
  it.each([
    'ES0021000000000001RK',
    'es0021000000000001rk',
    'Es0021000000000001Rk',
    'ES 0021 000000000001 RK',
    'ES-0021-0000-0000-0001-RK',
    'ES.0021.000000000001.RK',
    '  es 0021 0000 0000 0001 rk  ',
    'ES\u00a00021\u00a0000000000001\u00a0RK',
  ])('accepts %j as ES0021000000000001RK', (input) => {
    expect(parseCups(input)).toEqual({ ok: true, value: 'ES0021000000000001RK', kind: 'CUPS' });
  });

  it.each([
    ['ES0021000000000001RK0F', 'ES0021000000000001RK0F'],
    ['es0021000000000001rk0f', 'ES0021000000000001RK0F'],
    ['ES 0021 000000000001 RK 1P', 'ES0021000000000001RK1P'],
    ['ES-0021-000000000001-RK-0F', 'ES0021000000000001RK0F'],
    ['ES0031405469798001JV0F', 'ES0031405469798001JV0F'],
    ['ES9999999999999999SA', 'ES9999999999999999SA'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseCups(input)).toEqual({ ok: true, value, kind: 'CUPS' });
  });

  it('names the expected letters when the control letters are wrong', () => {
    expectFailure('ES0021000000000001KR', 'CHECK_CHARACTER', 'CUPS control letters should be RK, not KR');
    expectFailure('ES0021000000000001RT', 'CHECK_CHARACTER', 'CUPS control letters should be RK, not RT');
    expectFailure('es0021000000000001aa0f', 'CHECK_CHARACTER', 'CUPS control letters should be RK, not AA');
  });

  it('catches a changed digit through the control letters', () => {
    expectFailure('ES0021000000000002RK', 'CHECK_CHARACTER', /should be [A-Z]{2}, not RK/);
  });

  it('catches letters no control uses (I, O, U...)', () => {
    expectFailure('ES0021000000000001IO', 'CHECK_CHARACTER', 'CUPS control letters should be RK, not IO');
  });

  it.each([
    ['ES0021000000000001R', 19],
    ['ES0021000000000001RK0', 21],
    ['ES0021000000000001RK0F1', 23],
    ['ES002100000000001RK', 19],
    ['ES', 2],
  ])('rejects %j with LENGTH (%i characters)', (input, length) => {
    expectFailure(input, 'LENGTH', `a CUPS has 20 or 22 characters (ES, 16 digits, 2 control letters, optional 2-character border point), got ${length}`);
  });

  it.each([
    ['FR0021000000000001RK', 'a CUPS starts with ES, got FR'],
    ['0021000000000001RKES', 'a CUPS starts with ES, got 00'],
    ['PT0021000000000001RK0F', 'a CUPS starts with ES, got PT'],
    ['E', 'a CUPS starts with ES, got E'],
    ['ESX021000000000001RK', 'characters 3 to 18 of a CUPS must be digits, got X021000000000001'],
    ['ES00210000000000011K', 'characters 19 and 20 of a CUPS must be letters, got 1K'],
    ['ES002100000000000RK1', 'characters 3 to 18 of a CUPS must be digits'],
    ['ES0021000000000001RKF0', 'a CUPS border point is a digit then F, P, R, C, X, Y or Z (e.g. 0F), got F0'],
    ['ES0021000000000001RK00', 'a CUPS border point is a digit then F, P, R, C, X, Y or Z (e.g. 0F), got 00'],
    ['ES0021000000000001RKFF', 'a CUPS border point is a digit then F, P, R, C, X, Y or Z (e.g. 0F), got FF'],
    ['ES0021000000000001RK0A', 'a CUPS border point is a digit then F, P, R, C, X, Y or Z (e.g. 0F), got 0A'],
    ['ES0021000000000001RK1B', 'a CUPS border point is a digit then F, P, R, C, X, Y or Z (e.g. 0F), got 1B'],
    ['ES0021000000000001/RK', 'a CUPS only has letters and digits, got "/"'],
    ['ES0021_000000000001RK', 'a CUPS only has letters and digits, got "_"'],
  ])('rejects %j with FORMAT', (input, message) => {
    expectFailure(input, 'FORMAT', message);
  });

  it('checks the format before the control letters', () => {
    expectFailure('ES0021000000000001XX00', 'FORMAT', /border point/);
  });

  it.each(['', ' ', '\t\n', '- . -'])('rejects %j with EMPTY', (input) => {
    expectFailure(input, 'EMPTY', 'the CUPS is empty');
  });
});
