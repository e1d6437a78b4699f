import { describe, it, expect } from 'vitest';
import { FISCAL_ID_KINDS, parseFiscalId, type FiscalIdKind } from './fiscal-id.js';
import type { ParseFailureReason } from './parse-result.js';

function expectValid(input: string, value: string, kind: FiscalIdKind, explicitKind?: FiscalIdKind): void {
  expect(parseFiscalId(input, explicitKind)).toEqual({ ok: true, value, kind });
}

function expectFailure(input: string, reason: ParseFailureReason, message?: string | RegExp, kind?: FiscalIdKind): void {
  const result = parseFiscalId(input, kind);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  expect(result.message).toEqual(expect.any(String));
  expect(result.message.length).toBeGreaterThan(10);
  if (message !== undefined) expect(result.message).toMatch(message);
}

describe('parseFiscalId: DNI', () => {
  // 12345678 = 23 × 536768 + 14, and letter 14 of TRWAGMYFPDXBNJZSQVHLCKE is Z.
  it.each([
    '12345678Z',
    '12345678z',
    '12.345.678-Z',
    '12.345.678-z',
    '12345678-Z',
    ' 12345678 Z ',
    '12 345 678 z',
    '\t12345678Z\n',
    '12\u00a0345\u00a0678\u00a0Z',
    '12345678–Z',
  ])('accepts %j as 12345678Z', (input) => {
    expectValid(input, '12345678Z', 'DNI');
  });

  it.each([
    ['00000000T', '00000000T'], // 0 % 23 = 0 → T
    ['99999999r', '99999999R'], // 99999999 % 23 = 1 → R
    ['11.111.111-H', '11111111H'],
    ['87654321x', '87654321X'],
    ['07654321J', '07654321J'],
  ])('accepts %j as %s', (input, value) => {
    expectValid(input, value, 'DNI');
  });

  it('accepts a DNI with explicit kind DNI', () => {
    expectValid('12.345.678-z', '12345678Z', 'DNI', 'DNI');
  });

  it('names the expected letter when the check letter is wrong', () => {
    expectFailure('12345678X', 'CHECK_CHARACTER', 'DNI check letter should be Z, not X');
    expectFailure('12.345.678-a', 'CHECK_CHARACTER', 'DNI check letter should be Z, not A');
    expectFailure('00000000R', 'CHECK_CHARACTER', 'DNI check letter should be T, not R');
  });

  it('rejects a digit swap through the check letter', () => {
    expectFailure('12345687Z', 'CHECK_CHARACTER', /should be [A-Z], not Z/);
  });

  it.each([
    ['1234567Z', 8],
    ['123456789Z', 10],
    ['1Z', 2],
  ])('rejects %j with LENGTH', (input, length) => {
    expectFailure(input, 'LENGTH', `a DNI has 9 characters (8 digits and a letter), got ${length}`);
  });

  it.each(['123456789', '12345678', '1234A678Z', '12345678ZZ', '1'])('rejects %j with FORMAT', (input) => {
    expectFailure(input, 'FORMAT', /a DNI is 8 digits followed by a letter/);
  });

  it('rejects a CIF given as a DNI with FORMAT', () => {
    expectFailure('B12345674', 'FORMAT', /a DNI is 8 digits followed by a letter/, 'DNI');
  });

  it('rejects a NIE given as a DNI with FORMAT', () => {
    expectFailure('X1234567L', 'FORMAT', undefined, 'DNI');
  });
});

describe('parseFiscalId: NIE', () => {
  // The prefix stands for a leading digit (X 0, Y 1, Z 2), then the DNI letter rule applies.
  it.each([
    ['X1234567L', 'X1234567L'], // 01234567 % 23 = 19 → L
    ['Y1234567X', 'Y1234567X'], // 11234567 % 23 = 10 → X
    ['Z1234567R', 'Z1234567R'], // 21234567 % 23 = 1 → R
    ['x1234567l', 'X1234567L'],
    ['x-1234567-l', 'X1234567L'],
    ['X-1234567-L', 'X1234567L'],
    ['y 1234567 x', 'Y1234567X'],
    ['Y.1234567.X', 'Y1234567X'],
    ['  z1234567r  ', 'Z1234567R'],
    ['Z-1.234.567-R', 'Z1234567R'],
  ])('accepts %j as %s', (input, value) => {
    expectValid(input, value, 'NIE');
  });

  it('accepts a NIE with explicit kind NIE', () => {
    expectValid('x-1234567-l', 'X1234567L', 'NIE', 'NIE');
  });

  it.each([
    ['X1234567A', 'L', 'A'],
    ['Y1234567L', 'X', 'L'],
    ['Z1234567X', 'R', 'X'],
    ['z-1234567-t', 'R', 'T'],
  ])('rejects %j: check letter should be %s, not %s', (input, expected, actual) => {
    expectFailure(input, 'CHECK_CHARACTER', `NIE check letter should be ${expected}, not ${actual}`);
  });

  it('uses the prefix digit, so the same digits with another prefix need another letter', () => {
    expectFailure('X1234567X', 'CHECK_CHARACTER', 'NIE check letter should be L, not X');
    expectFailure('Y1234567R', 'CHECK_CHARACTER', 'NIE check letter should be X, not R');
  });

  it.each([
    ['X123456L', 8],
    ['X12345678L', 10],
    ['Y1X', 3],
  ])('rejects %j with LENGTH', (input, length) => {
    expectFailure(input, 'LENGTH', `a NIE has 9 characters (X, Y or Z, 7 digits and a letter), got ${length}`);
  });

  it.each(['X12345678', 'X1234567', 'XX234567L', 'X12345A7L', 'X'])('rejects %j with FORMAT', (input) => {
    expectFailure(input, 'FORMAT', /a NIE is X, Y or Z, 7 digits and a letter/);
  });

  it('rejects a DNI given as a NIE with FORMAT', () => {
    expectFailure('12345678Z', 'FORMAT', undefined, 'NIE');
  });
});

describe('parseFiscalId: NIF of kind K, L or M', () => {
  // 1234567 % 23 = 19 → L; 0000001 % 23 = 1 → R
  it.each([
    ['K1234567L', 'K1234567L'],
    ['l1234567l', 'L1234567L'],
    ['M-0000001-R', 'M0000001R'],
  ])('accepts %j as %s', (input, value) => {
    expectValid(input, value, 'NIF');
    expectValid(input, value, 'NIF', 'NIF');
  });

  it('names the right check letter', () => {
    expectFailure('K1234567X', 'CHECK_CHARACTER', 'NIF check letter should be L, not X');
  });

  it.each([
    ['K123456L', 8],
    ['M12345678L', 10],
  ])('rejects %j with LENGTH', (input, length) => {
    expectFailure(input, 'LENGTH', `a NIF of kind K, L or M has 9 characters (the letter, 7 digits and a letter), got ${length}`);
  });

  it('rejects a DNI given as a NIF with FORMAT', () => {
    expectFailure('12345678Z', 'FORMAT', undefined, 'NIF');
  });
});

describe('parseFiscalId: an ES prefix, as in VAT numbers', () => {
  it.each([
    ['ES12345678Z', '12345678Z', 'DNI'],
    ['es 12345678-z', '12345678Z', 'DNI'],
    ['ESX1234567L', 'X1234567L', 'NIE'],
    ['ESB12345674', 'B12345674', 'CIF'],
    ['ES-K1234567L', 'K1234567L', 'NIF'],
  ] as const)('strips it from %j', (input, value, kind) => {
    expectValid(input, value, kind);
  });

  it('still checks what follows it', () => {
    expectFailure('ES12345678X', 'CHECK_CHARACTER', 'DNI check letter should be Z, not X');
  });

  it('keeps it in a passport number, which may start with ES', () => {
    expectValid('ES1234567AB', 'ES1234567AB', 'PASSPORT', 'PASSPORT');
  });
});

describe('parseFiscalId: CIF', () => {
  // B12345674: odd positions 1,3,5,7 → 2+6+(1+0)+(1+4) = 14; even 2+4+6 = 12; 26 → (10 - 6) % 10 = 4 (letter D).
  it.each([
    ['B12345674', 'B12345674'],
    ['b12345674', 'B12345674'],
    ['b 12345674', 'B12345674'],
    ['B-12345674', 'B12345674'],
    ['B-12.345.67-4', 'B12345674'],
    [' b.12345674 ', 'B12345674'],
    ['A58818501', 'A58818501'], // 10→1, 16→7, 16→7, 0 = 15; 8+1+5 = 14; 29 → 1
    ['a-58818501', 'A58818501'],
    ['Q2826000H', 'Q2826000H'], // 4+4+0+0 = 8; 8+6+0 = 14; 22 → 8 → H
    ['q-2826000-h', 'Q2826000H'],
    ['P2800000H', 'P2800000H'], // 4+0+0+0 = 4; 8+0+0 = 8; 12 → 8 → H
    ['p 2800000 h', 'P2800000H'],
    ['Q0000000J', 'Q0000000J'], // sum 0 → control 0 → J
    ['B00000000', 'B00000000'],
    ['F9999999G', 'F9999999G'], // 4 × 9 + 27 = 63 → 7 → G
    ['F99999997', 'F99999997'],
  ])('accepts %j as %s', (input, value) => {
    expectValid(input, value, 'CIF');
  });

  it('rejects P2800000J: its control letter is H', () => {
    expectFailure('P2800000J', 'CHECK_CHARACTER', 'CIF control character for organisation letter P should be the letter H, not J');
  });

  // The digits 1234567 give control digit 4 and control letter D.
  it.each(['A', 'B', 'E', 'H'])('requires the control digit for organisation letter %s', (letter) => {
    expectValid(`${letter}12345674`, `${letter}12345674`, 'CIF');
    expectFailure(`${letter}1234567D`, 'CHECK_CHARACTER', `CIF control character for organisation letter ${letter} should be the digit 4, not D`);
    expectFailure(`${letter}12345675`, 'CHECK_CHARACTER', `CIF control character for organisation letter ${letter} should be the digit 4, not 5`);
  });

  it.each(['P', 'Q', 'R', 'S', 'W', 'N'])('requires the control letter for organisation letter %s', (letter) => {
    expectValid(`${letter}1234567D`, `${letter}1234567D`, 'CIF');
    expectFailure(`${letter}12345674`, 'CHECK_CHARACTER', `CIF control character for organisation letter ${letter} should be the letter D, not 4`);
    expectFailure(`${letter}1234567E`, 'CHECK_CHARACTER', `CIF control character for organisation letter ${letter} should be the letter D, not E`);
  });

  it.each(['C', 'D', 'F', 'G', 'J', 'U', 'V'])('accepts either control for organisation letter %s', (letter) => {
    expectValid(`${letter}12345674`, `${letter}12345674`, 'CIF');
    expectValid(`${letter}1234567D`, `${letter}1234567D`, 'CIF');
    expectFailure(`${letter}12345675`, 'CHECK_CHARACTER', `CIF control character for organisation letter ${letter} should be 4 or D, not 5`);
    expectFailure(`${letter}1234567E`, 'CHECK_CHARACTER', `CIF control character for organisation letter ${letter} should be 4 or D, not E`);
  });

  it('names the expected control when it is a letter no CIF uses', () => {
    expectFailure('B1234567Z', 'CHECK_CHARACTER', 'should be the digit 4, not Z');
  });

  it('accepts a CIF with explicit kind CIF', () => {
    expectValid('b 12345674', 'B12345674', 'CIF', 'CIF');
  });

  it.each([
    ['B1234567', 8],
    ['B123456745', 10],
    ['B12', 3],
  ])('rejects %j with LENGTH', (input, length) => {
    expectFailure(input, 'LENGTH', `a CIF has 9 characters (letter, 7 digits, control), got ${length}`);
  });

  it.each(['B', 'BB2345674', 'B12A45674', 'B1234567DD'])('rejects %j with FORMAT', (input) => {
    expectFailure(input, 'FORMAT', /a CIF is an organisation letter, 7 digits and a control/);
  });

  it.each(['I', 'K', 'L', 'M', 'O', 'T', 'X', 'Y', 'Z'])('rejects organisation letter %s with FORMAT when the kind is CIF', (letter) => {
    expectFailure(`${letter}12345674`, 'FORMAT', `${letter} is not a CIF organisation letter (A, B, C, D, E, F, G, H, J, N, P, Q, R, S, U, V, W)`, 'CIF');
  });

  it('rejects a DNI given as a CIF with FORMAT', () => {
    expectFailure('12345678Z', 'FORMAT', undefined, 'CIF');
  });
});

describe('parseFiscalId: passport', () => {
  it.each([
    ['AB123456', 'AB123456'],
    ['ab 123456', 'AB123456'],
    ['PA-000.123', 'PA000123'],
    ['ABC', 'ABC'],
    ['12345678901234567890', '12345678901234567890'],
    ['12345678X', '12345678X'], // an invalid DNI can still be a foreign passport number
  ])('accepts %j as %s with explicit kind PASSPORT', (input, value) => {
    expectValid(input, value, 'PASSPORT', 'PASSPORT');
  });

  it('never detects a passport without an explicit kind', () => {
    expectFailure('AB123456', 'FORMAT', /a CIF is an organisation letter/); // A is a CIF organisation letter, so it is read as a CIF
    expectFailure('TA123456', 'FORMAT', /does not start like a DNI \(digit\), NIE \(X, Y or Z\), NIF \(K, L or M\) or CIF/);
    expectFailure('12345678X', 'CHECK_CHARACTER');
  });

  it.each([
    ['AB', 2],
    ['a-1', 2],
    ['123456789012345678901', 21],
  ])('rejects %j with LENGTH', (input, length) => {
    expectFailure(input, 'LENGTH', `a passport number has 3 to 20 letters and digits, got ${length}`, 'PASSPORT');
  });

  it('rejects symbols with FORMAT', () => {
    expectFailure('AB/123456', 'FORMAT', 'a fiscal ID only has letters and digits, got "/"', 'PASSPORT');
    expectFailure('ÑA123456', 'FORMAT', 'a fiscal ID only has letters and digits, got "Ñ"', 'PASSPORT');
  });

  it('rejects empty input with EMPTY', () => {
    expectFailure(' ', 'EMPTY', undefined, 'PASSPORT');
  });
});

describe('parseFiscalId: input that is no fiscal ID', () => {
  it.each(['', ' ', '   \t\n', '-', ' . - . ', '\u00a0'])('rejects %j with EMPTY', (input) => {
    expectFailure(input, 'EMPTY', 'the fiscal ID is empty');
  });

  it.each(FISCAL_ID_KINDS)('rejects empty input with EMPTY for explicit kind %s', (kind) => {
    expectFailure('', 'EMPTY', 'the fiscal ID is empty', kind);
  });

  it.each([
    ['12345678/Z', '/'],
    ['12345678_Z', '_'],
    ['12,345,678Z', ','],
    ['B12345674!', '!'],
    ['X1234567Ł', 'Ł'],
  ])('rejects %j with FORMAT naming %s', (input, symbol) => {
    expectFailure(input, 'FORMAT', `a fiscal ID only has letters and digits, got "${symbol}"`);
  });

  it.each(['T1234567L', 'ITALIA', 'O12345674'])('rejects %j, which starts like no known kind, with FORMAT', (input) => {
    expectFailure(input, 'FORMAT', /does not start like a DNI/);
  });

  it('covers each kind', () => {
    expect(FISCAL_ID_KINDS).toEqual(['DNI', 'NIE', 'NIF', 'CIF', 'PASSPORT']);
  });
});
