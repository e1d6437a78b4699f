/** Exact decimal helpers for money and energy kept as integers (cents, Wh, µ€): no float sums. */

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
