import { madridLocalParts } from './tariffs.js';

const HOUR_MS = 3_600_000;

// Calendar dates are 'YYYY-MM-DD' strings of the Europe/Madrid calendar; arithmetic on them is
// done in UTC so that it never meets a DST jump.

/** The Madrid calendar date of an instant. */
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

