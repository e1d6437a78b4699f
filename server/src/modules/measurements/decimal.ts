/**
 * Exact sum of decimal strings ("12.345", "-0.5"), for the few sums that end in JavaScript
 * (tariff-period groups). BigInt on scaled integers: floats would drift on energy and money.
 */
export function sumDecimals(values: readonly string[], minimumScale = 0): string {
  const scale = Math.max(minimumScale, ...values.map((value) => fractionOf(value).length));
  const total = values.reduce((sum, value) => sum + scaled(value, scale), 0n);
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${total < 0n ? '-' : ''}${integer}${fraction}`;
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
