/** Spanish presentation of decimal strings and dates, without going through floats. */

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** "1234567.5" → "1.234.567,5"; the digits are kept exactly as given. */
export function formatDecimalEs(value: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new RangeError(`not a decimal string: "${value}"`);
  const [, sign, integer, fraction] = match;
  const grouped = integer!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

export function formatEurosEs(value: string): string {
  return `${formatDecimalEs(value)} €`;
}

/** '2026-03-01' → '01/03/2026'. */
export function formatDateEs(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new RangeError(`not a date: "${isoDate}"`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** '2026-03-01' → 'marzo de 2026'. */
export function formatMonthEs(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (!match) throw new RangeError(`not a date: "${isoDate}"`);
  return `${MONTHS[Number(match[2]) - 1]} de ${match[1]}`;
}
