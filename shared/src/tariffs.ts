// Peninsular Spain access tariff periods, CNMC Circular 3/2020.

export const ACCESS_TARIFFS = ['2.0TD', '3.0TD', '6.1TD'] as const;
export type AccessTariff = (typeof ACCESS_TARIFFS)[number];

export const TARIFF_PERIODS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'] as const;
export type TariffPeriod = (typeof TARIFF_PERIODS)[number];

export const LOCAL_TIME_ZONE = 'Europe/Madrid';

export function periodsOf(tariff: AccessTariff): TariffPeriod[] {
  return TARIFF_PERIODS.slice(0, tariff === '2.0TD' ? 3 : 6);
}

// Only fixed-date national holidays count: CNMC Circular 3/2020 (BOE-A-2020-1066), on the
// periods of the access tariffs, takes as off-days the national holidays "con exclusión tanto de
// los festivos sustituibles como de los que no tienen fecha fija", so Good Friday is a working day.
const FIXED_NATIONAL_HOLIDAYS = ['01-01', '01-06', '05-01', '08-15', '10-12', '11-01', '12-06', '12-08', '12-25'] as const;

/** The tariff off-day national holidays of a year, as local dates 'YYYY-MM-DD'. */
export function nationalHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`expected a year from 1 to 9999, got ${year}`);
  const prefix = String(year).padStart(4, '0');
  return FIXED_NATIONAL_HOLIDAYS.map((monthDay) => `${prefix}-${monthDay}`);
}

/** Whether a local date 'YYYY-MM-DD' is a Saturday, Sunday or fixed-date national holiday. */
export function isOffDay(localDate: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  const weekday = match ? isoWeekday(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  if (weekday === undefined) throw new RangeError(`expected a date 'YYYY-MM-DD', got "${localDate}"`);
  return weekday >= 6 || (FIXED_NATIONAL_HOLIDAYS as readonly string[]).includes(localDate.slice(5));
}

/** 1 = Monday … 7 = Sunday, or undefined for an impossible date such as February 30. */
function isoWeekday(year: number, month: number, day: number): number | undefined {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  // Impossible dates roll over (February 30 becomes March 2), so a round trip catches them.
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  return utc.getUTCDay() || 7;
}

// Seasons of 3.0TD and 6.1TD, indexed by month - 1: 0 high, 1 medium-high, 2 medium, 3 low.
const SEASON_BY_MONTH = [0, 0, 1, 3, 3, 2, 0, 2, 2, 3, 1, 0] as const;

/**
 * The period of a local hour (the interval starting at hour:00). Exported on its own because the
 * server aggregates readings in SQL by local month, hour and off-day and maps each group with it.
 */
export function tariffPeriodAt(tariff: AccessTariff, at: { month: number; hour: number; offDay: boolean }): TariffPeriod {
  const { month, hour, offDay } = at;
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`expected a month from 1 to 12, got ${month}`);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`expected an hour from 0 to 23, got ${hour}`);

  if (tariff === '2.0TD') {
    if (offDay || hour < 8) return 'P3';
    return (hour >= 10 && hour < 14) || (hour >= 18 && hour < 22) ? 'P1' : 'P2';
  }
  if (offDay || hour < 8) return 'P6';
  // 3.0TD and 6.1TD peak starts at 9:00; each season shifts both peak and shoulder one period down.
  const season = SEASON_BY_MONTH[month - 1]!;
  const peak = (hour >= 9 && hour < 14) || (hour >= 18 && hour < 22);
  return TARIFF_PERIODS[peak ? season : season + 1]!;
}

/** The period of an instant, using its Europe/Madrid local date and hour (so DST is handled). */
export function tariffPeriod(tariff: AccessTariff, instant: Date): TariffPeriod {
  const local = madridLocalParts(instant);
  return tariffPeriodAt(tariff, { month: local.month, hour: local.hour, offDay: isOffDay(local.date) });
}

export type LocalParts = {
  date: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
};

// Constructing an Intl.DateTimeFormat is slow, and the server converts many instants.
let madridFormat: Intl.DateTimeFormat | undefined;

/** The Europe/Madrid wall-clock parts of an instant. */
export function madridLocalParts(instant: Date): LocalParts {
  if (Number.isNaN(instant.getTime())) throw new RangeError('expected a valid Date, got Invalid Date');
  madridFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: LOCAL_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of madridFormat.formatToParts(instant)) parts[part.type] = part.value;

  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    date,
    year,
    month,
    day,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    isoWeekday: isoWeekday(year, month, day)!,
  };
}
