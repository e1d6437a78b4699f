import { isOffDay, madridLocalParts } from '@portal/shared';

export const HOUR_MS = 3_600_000;

// Calendar dates are 'YYYY-MM-DD' strings of the Europe/Madrid calendar; arithmetic on them is
// done in UTC so that it never meets a DST jump.

export function madridDateOf(instant: Date): string {
  return madridLocalParts(instant).date;
}

function toUtcDate(localDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new RangeError(`expected 'YYYY-MM-DD', got "${localDate}"`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(localDate: string, days: number): string {
  const date = toUtcDate(localDate);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtcDate(date);
}

export function firstOfMonth(localDate: string): string {
  return `${localDate.slice(0, 7)}-01`;
}

/** Same day of another month, clamped to that month's last day (31 March - 1 month = 28/29 February). */
export function addMonths(localDate: string, months: number): string {
  const date = toUtcDate(localDate);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return fromUtcDate(target);
}

export function lastOfMonth(localDate: string): string {
  return addDays(addMonths(firstOfMonth(localDate), 1), -1);
}

export function daysInMonth(localDate: string): number {
  return Number(lastOfMonth(localDate).slice(8, 10));
}

/** The instant a Madrid calendar day starts. Midnight is never inside a DST jump (those are at 02:00/03:00). */
export function madridMidnight(localDate: string): Date {
  const utcMidnight = toUtcDate(localDate).getTime();
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * HOUR_MS);
    const parts = madridLocalParts(candidate);
    if (parts.date === localDate && parts.hour === 0 && parts.minute === 0) return candidate;
  }
  throw new Error(`no Madrid midnight found for ${localDate}`);
}

/**
 * Every hour from one local midnight to another, stepped in UTC so DST days get their 23 or 25
 * hours, with the local facts the simulations need computed once and shared by every CUPS.
 */
export type HourTable = {
  count: number;
  startMs: Float64Array;
  /** timestamptz text for COPY. */
  startText: string[];
  hour: Uint8Array;
  month: Uint8Array;
  /** Weekend or national holiday (the tariff's off-days). */
  offDay: Uint8Array;
  /** 0-based index of the local day inside the table. */
  dayIndex: Int32Array;
  dayCount: number;
  /** 1 … 366. */
  dayOfYear: Uint16Array;
  /** Index of the hour that starts at a local date's midnight (or `count` for the end date). */
  indexOfDate: (localDate: string) => number;
};

export function buildHourTable(fromDate: string, toDateExclusive: string): HourTable {
  const firstMs = madridMidnight(fromDate).getTime();
  const count = (madridMidnight(toDateExclusive).getTime() - firstMs) / HOUR_MS;
  const table: HourTable = {
    count,
    startMs: new Float64Array(count),
    startText: new Array<string>(count),
    hour: new Uint8Array(count),
    month: new Uint8Array(count),
    offDay: new Uint8Array(count),
    dayIndex: new Int32Array(count),
    dayCount: 0,
    dayOfYear: new Uint16Array(count),
    indexOfDate: (localDate) => {
      const index = (madridMidnight(localDate).getTime() - firstMs) / HOUR_MS;
      if (index < 0 || index > count) throw new RangeError(`${localDate} is outside the hour table`);
      return index;
    },
  };

  let previousDate = '';
  let dayIndex = -1;
  let offDay = 0;
  let dayOfYear = 0;
  for (let i = 0; i < count; i++) {
    const start = new Date(firstMs + i * HOUR_MS);
    const local = madridLocalParts(start);
    if (local.date !== previousDate) {
      previousDate = local.date;
      dayIndex++;
      offDay = isOffDay(local.date) ? 1 : 0;
      dayOfYear = Math.round((Date.UTC(local.year, local.month - 1, local.day) - Date.UTC(local.year, 0, 1)) / 86_400_000) + 1;
    }
    table.startMs[i] = start.getTime();
    table.startText[i] = start.toISOString();
    table.hour[i] = local.hour;
    table.month[i] = local.month;
    table.offDay[i] = offDay;
    table.dayIndex[i] = dayIndex;
    table.dayOfYear[i] = dayOfYear;
  }
  table.dayCount = dayIndex + 1;
  return table;
}
