import { normalizeForParse } from './normalize.js';
import { parseFailure, type ParseResult } from './parse-result.js';

/**
 * Validates and normalises an IBAN (ISO 13616): two letters of country, two check digits, up to
 * 30 letters and digits; the whole, rearranged as a number, is 1 modulo 97. Spanish IBANs have 24
 * characters. Normalised without spaces, upper case; `formatIban` groups it by four to be read.
 */
export function parseIban(input: string): ParseResult<'IBAN'> {
  const normalized = normalizeForParse(input, 'IBAN');
  if (!normalized.ok) return normalized;
  const { value } = normalized;
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value)) return parseFailure('FORMAT', 'an IBAN is two letters of country, two check digits, then letters and digits');
  if (value.length < 15 || value.length > 34 || (value.startsWith('ES') && value.length !== 24)) {
    return parseFailure('LENGTH', `an IBAN has ${value.startsWith('ES') ? '24' : '15 to 34'} characters, got ${value.length}`);
  }
  if (ibanRemainder(value) !== 1) return parseFailure('CHECK_CHARACTER', 'the IBAN check digits do not match the rest of it');
  return { ok: true, value, kind: 'IBAN' };
}

/** The IBAN in groups of four, as printed on invoices: "ES91 2100 0418 4502 0005 1332". */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

// The country and check digits move to the end, letters become 10..35, and the number is reduced piecewise.
function ibanRemainder(iban: string): number {
  let remainder = 0;
  for (const character of iban.slice(4) + iban.slice(0, 4)) {
    const digits = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}
