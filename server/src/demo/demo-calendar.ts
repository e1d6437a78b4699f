import { isOffDay, madridLocalParts, madridMidnight } from '@portal/shared';

export const HOUR_MS = 3_600_000;

export { addDays, addMonths, daysInMonth, firstOfMonth, lastOfMonth, madridDateOf, madridMidnight } from '@portal/shared';

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
