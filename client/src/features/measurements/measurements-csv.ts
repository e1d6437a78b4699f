import { csvText } from '../../lib/csv.js';
import { localStart } from '../../lib/series-buckets.js';
import type { Bucket } from './measurements-buckets.js';

export type CsvLabels = {
  /** Column names, in order: CUPS, local start, UTC offset, kWh, estimated. */
  header: readonly [string, string, string, string, string];
  yes: string;
  no: string;
};

/**
 * The CSV of exactly what the screen shows: one row per bucket, local (Madrid) start with its
 * UTC offset so that the repeated October hour stays unambiguous, and the API's decimals as they
 * are (dot decimals, never re-rounded). Missing buckets keep their row with empty kWh.
 */
export function measurementsCsv(cups: string, buckets: readonly Bucket[], labels: CsvLabels): string {
  const rows = buckets.map(({ start, point }) => {
    const local = localStart(start);
    const estimated = point ? (point.estimated ? labels.yes : labels.no) : '';
    return [cups, `${local.date} ${local.time}`, local.offset, point?.kWh ?? '', estimated];
  });
  return csvText([labels.header, ...rows]);
}
