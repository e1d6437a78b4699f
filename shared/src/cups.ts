import { MOD23_LETTERS } from './check-letters.js';
import { normalizeForParse } from './normalize.js';
import { parseFailure, type ParseResult } from './parse-result.js';

// The border-point suffix (punto frontera) is a digit then the kind of point: F, P, R, C, X, Y or Z.
const BORDER_POINT = /^\d[FPRCXYZ]$/;

/**
 * Validates and normalises a CUPS: "ES", 4-digit distributor code, 12-digit supply number,
 * 2 control letters and an optional border point suffix (a digit then F, P, R, C, X, Y or Z, e.g. "0F").
 */
export function parseCups(input: string): ParseResult<'CUPS'> {
  const normalized = normalizeForParse(input, 'CUPS');
  if (!normalized.ok) return normalized;
  const { value } = normalized;
  if (!value.startsWith('ES')) return parseFailure('FORMAT', `a CUPS starts with ES, got ${value.slice(0, 2)}`);
  if (value.length !== 20 && value.length !== 22) {
    return parseFailure(
      'LENGTH',
      `a CUPS has 20 or 22 characters (ES, 16 digits, 2 control letters, optional 2-character border point), got ${value.length}`,
    );
  }

  const digits = value.slice(2, 18);
  if (!/^\d{16}$/.test(digits)) return parseFailure('FORMAT', `characters 3 to 18 of a CUPS must be digits, got ${digits}`);
  const control = value.slice(18, 20);
  if (!/^[A-Z]{2}$/.test(control)) return parseFailure('FORMAT', `characters 19 and 20 of a CUPS must be letters, got ${control}`);
  const borderPoint = value.slice(20);
  if (borderPoint !== '' && !BORDER_POINT.test(borderPoint)) {
    return parseFailure('FORMAT', `a CUPS border point is a digit then F, P, R, C, X, Y or Z (e.g. 0F), got ${borderPoint}`);
  }

  const expected = cupsControlLetters(digits);
  if (control !== expected) return parseFailure('CHECK_CHARACTER', `CUPS control letters should be ${expected}, not ${control}`);
  return { ok: true, value, kind: 'CUPS' };
}

/** The two control letters of a CUPS from its 16 digits (distributor code + supply number). */
export function cupsControlLetters(sixteenDigits: string): string {
  if (!/^\d{16}$/.test(sixteenDigits)) throw new RangeError(`expected 16 digits, got "${sixteenDigits}"`);
  // BigInt because 16 digits exceed Number.MAX_SAFE_INTEGER.
  const remainder = Number(BigInt(sixteenDigits) % 529n);
  return MOD23_LETTERS[Math.floor(remainder / 23)]! + MOD23_LETTERS[remainder % 23]!;
}

/** Builds a valid CUPS, e.g. for seed data; `borderPoint` is a digit then F, P, R, C, X, Y or Z, such as "0F". */
export function buildCups(sixteenDigits: string, borderPoint = ''): string {
  const suffix = borderPoint.toUpperCase();
  if (suffix !== '' && !BORDER_POINT.test(suffix)) throw new RangeError(`expected a border point like 0F (a digit then F, P, R, C, X, Y or Z), got "${borderPoint}"`);
  return `ES${sixteenDigits}${cupsControlLetters(sixteenDigits)}${suffix}`;
}
