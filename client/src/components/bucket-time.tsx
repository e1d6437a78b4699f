import type { Granularity } from '../__generated__/graphql.js';
import { useFormat } from '../lib/format.js';
import { isRepeatedLocalTime, localStart } from '../lib/series-buckets.js';

/** A bucket's start as a table shows it: the month, the day, or the Madrid time. */
export function BucketTime({ start, granularity }: { start: number | string; granularity: Granularity }) {
  const f = useFormat();
  const instant = typeof start === 'string' ? Date.parse(start) : start;
  const local = localStart(instant);
  let label;
  switch (granularity) {
    case 'MONTH':
      label = f.month(local.date);
      break;
    case 'DAY':
      label = f.date(local.date);
      break;
    default:
      // The October change repeats an hour: its two rows differ only by the offset.
      label = `${f.date(local.date)} ${local.time}${isRepeatedLocalTime(instant) ? ` (UTC${local.offset})` : ''}`;
  }
  return <time dateTime={new Date(instant).toISOString()}>{label}</time>;
}
