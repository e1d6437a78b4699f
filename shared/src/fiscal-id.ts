import { MOD23_LETTERS } from './check-letters.js';
import { normalizeForParse } from './normalize.js';
import { parseFailure, type ParseFailure, type ParseResult } from './parse-result.js';

/** NIF: a person's NIF without DNI or NIE, K (Spanish under 14), L (Spanish non-resident) or M (foreigner without NIE). */
export const FISCAL_ID_KINDS = ['DNI', 'NIE', 'NIF', 'CIF', 'PASSPORT'] as const;
export type FiscalIdKind = (typeof FISCAL_ID_KINDS)[number];

const NIE_PREFIX_DIGITS: Readonly<Record<string, string>> = { X: '0', Y: '1', Z: '2' };
const CIF_ORGANISATION_LETTERS = 'ABCDEFGHJNPQRSUVW';
const CIF_CONTROL_LETTERS = 'JABCDEFGHI';
// Public bodies, non-resident entities and similar must use a letter; companies (A, B, E, H) a digit.
const CIF_LETTER_CONTROL_ONLY = 'PQRSWN';
const CIF_DIGIT_CONTROL_ONLY = 'ABEH';
const PASSPORT_MIN_LENGTH = 3;
const PASSPORT_MAX_LENGTH = 20;

/**
 * Validates and normalises a Spanish fiscal ID. Without `kind`, DNI, NIE or CIF is detected from the
 * first character; passports are free-form, so they are only accepted when `kind` is 'PASSPORT'.
 */
export function parseFiscalId(input: string, kind?: FiscalIdKind): ParseResult<FiscalIdKind> {
  const normalized = normalizeForParse(input, 'fiscal ID');
  if (!normalized.ok) return normalized;
  // Written as a VAT number (ES + the NIF), it is the same fiscal ID; 11 characters are too long to be one without it.
  const value = kind !== 'PASSPORT' && /^ES[0-9A-Z]{9}$/.test(normalized.value) ? normalized.value.slice(2) : normalized.value;

  const resolvedKind = kind ?? detectKind(value);
  if (resolvedKind === undefined) {
    return parseFailure(
      'FORMAT',
      `${value} does not start like a DNI (digit), NIE (X, Y or Z), NIF (K, L or M) or CIF (${CIF_ORGANISATION_LETTERS.split('').join(', ')})`,
    );
  }
  const failure = VALIDATORS[resolvedKind](value);
  return failure ?? { ok: true, value, kind: resolvedKind };
}

function detectKind(value: string): Exclude<FiscalIdKind, 'PASSPORT'> | undefined {
  const first = value[0]!;
  if (/\d/.test(first)) return 'DNI';
  if ('XYZ'.includes(first)) return 'NIE';
  if ('KLM'.includes(first)) return 'NIF';
  if (CIF_ORGANISATION_LETTERS.includes(first)) return 'CIF';
  return undefined;
}

// Each validator receives a non-empty, alphanumeric, upper-case value and returns undefined when valid.
const VALIDATORS: Record<FiscalIdKind, (value: string) => ParseFailure | undefined> = {
  DNI(value) {
    if (!/^\d+[A-Z]$/.test(value)) return parseFailure('FORMAT', `a DNI is 8 digits followed by a letter, got ${value}`);
    if (value.length !== 9) return parseFailure('LENGTH', `a DNI has 9 characters (8 digits and a letter), got ${value.length}`);
    return checkMod23Letter('DNI', value.slice(0, 8), value[8]!);
  },
  NIE(value) {
    if (!/^[XYZ]\d+[A-Z]$/.test(value)) return parseFailure('FORMAT', `a NIE is X, Y or Z, 7 digits and a letter, got ${value}`);
    if (value.length !== 9) return parseFailure('LENGTH', `a NIE has 9 characters (X, Y or Z, 7 digits and a letter), got ${value.length}`);
    return checkMod23Letter('NIE', NIE_PREFIX_DIGITS[value[0]!]! + value.slice(1, 8), value[8]!);
  },
  // NIFs of persons without DNI or NIE (Real Decreto 1065/2007, art. 20); the check letter is the DNI's, on the 7 digits.
  NIF(value) {
    if (!/^[KLM]\d+[A-Z]$/.test(value)) return parseFailure('FORMAT', `a NIF of kind K, L or M is that letter, 7 digits and a letter, got ${value}`);
    if (value.length !== 9) return parseFailure('LENGTH', `a NIF of kind K, L or M has 9 characters (the letter, 7 digits and a letter), got ${value.length}`);
    return checkMod23Letter('NIF', value.slice(1, 8), value[8]!);
  },
  CIF(value) {
    if (!/^[A-Z]\d+[A-Z0-9]$/.test(value)) {
      return parseFailure('FORMAT', `a CIF is an organisation letter, 7 digits and a control digit or letter, got ${value}`);
    }
    if (!CIF_ORGANISATION_LETTERS.includes(value[0]!)) {
      return parseFailure('FORMAT', `${value[0]} is not a CIF organisation letter (${CIF_ORGANISATION_LETTERS.split('').join(', ')})`);
    }
    if (value.length !== 9) return parseFailure('LENGTH', `a CIF has 9 characters (letter, 7 digits, control), got ${value.length}`);
    return checkCifControl(value[0]!, value.slice(1, 8), value[8]!);
  },
  PASSPORT(value) {
    if (value.length < PASSPORT_MIN_LENGTH || value.length > PASSPORT_MAX_LENGTH) {
      return parseFailure('LENGTH', `a passport number has ${PASSPORT_MIN_LENGTH} to ${PASSPORT_MAX_LENGTH} letters and digits, got ${value.length}`);
    }
    return undefined;
  },
};

function checkMod23Letter(kind: 'DNI' | 'NIE' | 'NIF', digits: string, actual: string): ParseFailure | undefined {
  const expected = MOD23_LETTERS[Number(digits) % 23]!;
  return actual === expected ? undefined : parseFailure('CHECK_CHARACTER', `${kind} check letter should be ${expected}, not ${actual}`);
}

function checkCifControl(organisation: string, digits: string, actual: string): ParseFailure | undefined {
  const controlDigit = cifControlDigit(digits);
  const expectedDigit = String(controlDigit);
  const expectedLetter = CIF_CONTROL_LETTERS[controlDigit]!;
  const rule = CIF_LETTER_CONTROL_ONLY.includes(organisation) ? 'letter' : CIF_DIGIT_CONTROL_ONLY.includes(organisation) ? 'digit' : 'either';
  const accepted = { letter: [expectedLetter], digit: [expectedDigit], either: [expectedDigit, expectedLetter] }[rule];
  if (accepted.includes(actual)) return undefined;
  const expectation = rule === 'either' ? `${expectedDigit} or ${expectedLetter}` : `the ${rule} ${accepted[0]}`;
  return parseFailure('CHECK_CHARACTER', `CIF control character for organisation letter ${organisation} should be ${expectation}, not ${actual}`);
}

function cifControlDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    // i is 0-based, so even i are the 1st, 3rd, 5th and 7th digits: doubled, then the product's digits added.
    sum += i % 2 === 0 ? Math.floor((2 * digit) / 10) + ((2 * digit) % 10) : digit;
  }
  return (10 - (sum % 10)) % 10;
}
