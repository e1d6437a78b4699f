/**
 * Exact decimals for money and energy: scaled integers (cents, Wh, µ€) and decimal strings,
 * never float sums. Most sums happen in SQL; these serve the few that end in JavaScript
 * (server and SPA alike).
 */

/** Formats an integer of `scale` implied decimals: formatScaled(-5, 2) === '-0.05'. */
export function formatScaled(value: number | bigint, scale: number): string {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  const negative = value < 0;
  const digits = (negative ? -BigInt(value) : BigInt(value)).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** numerator / denominator rounded half away from zero, as PostgreSQL's round(numeric) does. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/** Exact sum of decimal strings ("12.345", "-0.5"), at the largest scale among them (or `minimumScale`). */
export function sumDecimals(values: readonly string[], minimumScale = 0): string {
  const scale = Math.max(minimumScale, ...values.map((value) => fractionOf(value).length));
  return formatScaled(values.reduce((sum, value) => sum + scaled(value, scale), 0n), scale);
}

/** A decimal string as an integer of `scale` implied decimals: toScaled('1.5', 3) === 1500n. */
export function toScaled(value: string, scale: number): bigint {
  if (fractionOf(value).length > scale) throw new RangeError(`more than ${scale} decimals in "${value}"`);
  return scaled(value, scale);
}

/**
 * A decimal string as Intl.NumberFormat takes it: a string is formatted (and rounded) as the
 * exact decimal it spells, where Number("1.005") would already be 1.00499….
 */
export function exactNumeric(value: string): Intl.StringNumericLiteral {
  fractionOf(value);
  return value as Intl.StringNumericLiteral;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function fractionOf(value: string): string {
  const match = DECIMAL.exec(value);
  if (!match) throw new RangeError(`expected a decimal number, got "${value}"`);
  return match[3] ?? '';
}

function scaled(value: string, scale: number): bigint {
  const [, sign, integer, fraction = ''] = DECIMAL.exec(value)!;
  const magnitude = BigInt(integer! + fraction.padEnd(scale, '0'));
  return sign === '-' ? -magnitude : magnitude;
}
