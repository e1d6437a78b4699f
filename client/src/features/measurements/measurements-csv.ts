import { csvStartColumns, csvTable, type CsvFormat } from '../../lib/csv.js';
import type { Bucket } from './measurements-buckets.js';

export type CsvLabels = {
  /** Column names, in order: CUPS, local start, UTC offset, kWh, estimated. */
  header: readonly [string, string, string, string, string];
  yes: string;
  no: string;
};

/**
 * The CSV of exactly what the screen shows: one row per bucket, local (Madrid) start with its
 * UTC offset so that the repeated October hour stays unambiguous, and the API's decimals never
 * re-rounded. Missing buckets keep their row with empty kWh.
 */
export function measurementsCsv(cups: string, buckets: readonly Bucket[], labels: CsvLabels, format: CsvFormat): string {
  const [cupsHeader, local, offset, kWh, estimated] = labels.header;
  return csvTable<Bucket>(
    [
      { header: cupsHeader, value: () => cups },
      ...csvStartColumns<Bucket>((bucket) => bucket.start, { local, offset }),
      { header: kWh, value: ({ point }) => point?.kWh ?? null, decimal: true },
      { header: estimated, value: ({ point }) => (point ? (point.estimated ? labels.yes : labels.no) : null) },
    ],
    buckets,
    format,
  );
}
