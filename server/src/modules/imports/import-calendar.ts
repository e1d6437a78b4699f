import { addDays, madridMidnight } from '@portal/shared';

/**
 * Spanish curve and price files number the intervals of a Europe/Madrid calendar day in order,
 * 1 to n, each ending the interval (hour 1 = 00:00–01:00). Counting elapsed time from local
 * midnight makes both DST days come out right without looking at clock labels:
 *
 * - spring (last Sunday of March, 23 hours): 02:00 CET jumps to 03:00 CEST, so hour 1 is
 *   00:00–01:00 CET, hour 2 is 01:00–02:00 CET, hour 3 is already 03:00–04:00 CEST and the day
 *   ends with hour 23; an hour 24 is out of range for that day. (Numbered by wall-clock end,
 *   the missing label would be 3; the files number them 1–23.)
 * - autumn (last Sunday of October, 25 hours): 03:00 CEST falls back to 02:00 CET, so local
 *   02:00–03:00 happens twice: hour 3 is the first one (CEST, 00:00–01:00 UTC) and hour 4 the
 *   second (CET, 01:00–02:00 UTC); the day ends with hour 25.
 *
 * OMIE's quarter-hour periods (since October 2025) follow the same rule with 92/96/100 periods.
 */

export const HOUR_MS = 3_600_000;

export type ImportDay = {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** The instant the Madrid day starts, in ms since the epoch. */
  midnightMs: number;
  /** 23, 24 or 25. */
  hours: number;
};

/** Day facts by date, computed once per date of a file (Intl is too slow to call per row). */
export class ImportCalendar {
  private readonly days = new Map<string, ImportDay>();
  /** A day's end is the next day's start: each midnight is computed once. */
  private readonly midnights = new Map<string, number>();

  day(date: string): ImportDay {
    let day = this.days.get(date);
    if (!day) {
      const midnightMs = this.midnight(date);
      day = { date, midnightMs, hours: Math.round((this.midnight(addDays(date, 1)) - midnightMs) / HOUR_MS) };
      this.days.set(date, day);
    }
    return day;
  }

  private midnight(date: string): number {
    let ms = this.midnights.get(date);
    if (ms === undefined) {
      ms = madridMidnight(date).getTime();
      this.midnights.set(date, ms);
    }
    return ms;
  }
}

/** 'YYYY-MM-DD' for a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
