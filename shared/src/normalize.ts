import { parseFailure, type ParseFailure } from './parse-result.js';

// People copy identifiers from invoices and forms with spaces, dots and dashes
// (including typographic dashes); none of them carry meaning.
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;

/** Removes spaces, dashes and dots and upper-cases, e.g. "12.345.678-z" → "12345678Z". */
export function normalizeIdentifier(input: string): string {
  return input.replace(SEPARATORS, '').toUpperCase();
}

/** The first step of every parser: normalise, then reject blank input and characters no identifier has. */
export function normalizeForParse(input: string, label: string): { ok: true; value: string } | ParseFailure {
  const value = normalizeIdentifier(input);
  if (value === '') return parseFailure('EMPTY', `the ${label} is empty`);
  const stray = /[^A-Z0-9]/.exec(value);
  if (stray) return parseFailure('FORMAT', `a ${label} only has letters and digits, got "${stray[0]}"`);
  return { ok: true, value };
}
