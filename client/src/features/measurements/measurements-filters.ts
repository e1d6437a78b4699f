import type { SeriesFiltersProps } from '../../components/series-filters.js';
import { useFormat } from '../../lib/format.js';
import { fitsCap, granularityForLength } from '../../lib/series-range.js';
import type { SeriesParams, SeriesParamsOptions } from '../../lib/use-series-params.js';
import { useMessages } from './measurements.messages.js';

export const MEASUREMENTS_PARAMS: SeriesParamsOptions = {
  presets: ['last-7-days', 'this-month', 'last-month', 'last-12-months', 'custom'],
  // Today's hours show as not yet measured.
  monthEnd: 'today',
  granularities: ['QUARTER_HOUR', 'HOUR', 'DAY', 'MONTH'],
  defaultGranularity: (range) => (range ? granularityForLength(range) : 'DAY'),
  // A range too long for hours is still worth seeing: by day.
  coarsenTo: 'DAY',
};

/**
 * The measurements' filter bar: granularities too fine for the range are disabled (the screen shows
 * it by day instead of refusing it), and quarter hours are offered only where the data is finer
 * than hourly (or they are already chosen).
 */
export function useMeasurementsFilters(params: SeriesParams, offerQuarterHour: boolean): Omit<SeriesFiltersProps, 'cups' | 'params'> {
  const m = useMessages();
  const f = useFormat();
  const { range, granularity, problem } = params;

  const granularities = params.granularities.filter((g) => g !== 'QUARTER_HOUR' || offerQuarterHour || granularity === 'QUARTER_HOUR').map(
    (value) => ({ value, label: m(`granularity.${value}`), disabled: range !== null && !fitsCap(range, value) }),
  );
  const someCapped = granularities.some((option) => option.disabled);

  return {
    label: m('filters'),
    granularityLabel: m('granularity'),
    granularities,
    problemText:
      problem === 'toBeforeFrom'
        ? m('problem.toBeforeFrom', { from: f.date(params.fromParam!), to: f.date(params.toParam!) })
        : problem === 'tooLong'
          ? m('problem.tooLong') // too long even by day: finer granularities fall back to days
          : undefined,
    granularityNote: someCapped ? { text: params.coarsened ? m('granularityAdjusted') : m('granularityCap'), announce: params.coarsened } : null,
  };
}
