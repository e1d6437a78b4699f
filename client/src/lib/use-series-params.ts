import { madridDateOf } from '@portal/shared';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Granularity } from '../__generated__/graphql.js';
import {
  fitsCap,
  granularityFromParam,
  paramOfGranularity,
  presetRange,
  rangeProblem,
  type LocalRange,
  type MonthEnd,
  type RangePreset,
  type RangeProblem,
} from './series-range.js';
import { useUpdateSearchParams } from './use-search-param.js';

export type SeriesParamsOptions = {
  /** The presets the screen offers, in menu order; the first is the default. */
  presets: readonly RangePreset[];
  monthEnd: MonthEnd;
  /** The granularities the URL may ask for. */
  granularities: readonly Granularity[];
  /** The granularity when the URL names none (range is null while the typed one is wrong). */
  defaultGranularity: (range: LocalRange | null) => Granularity;
  /** Show a range too long for the asked granularity at this one instead (null: it is a range problem). */
  coarsenTo: Granularity | null;
};

/** Hours or days, hours unless the URL says otherwise, and no range longer than hours allow. */
export const HOURS_OR_DAYS = {
  granularities: ['HOUR', 'DAY'],
  defaultGranularity: () => 'HOUR',
  coarsenTo: null,
} as const satisfies Partial<SeriesParamsOptions>;

export type SeriesParams = {
  /** What the screen offers (its options), for the filter bar. */
  presets: readonly RangePreset[];
  granularities: readonly Granularity[];
  /** Madrid's day when the screen opened: presets do not move under the user at midnight. */
  today: string;
  preset: RangePreset;
  /** The custom range as typed (kept in the URL even when it is wrong, so it can be corrected). */
  fromParam: string | null;
  toParam: string | null;
  /** The range to ask for; null while the typed one is wrong. */
  range: LocalRange | null;
  problem: RangeProblem | null;
  /** The granularity shown: the one asked for, or `coarsenTo` when the range is too long for it. */
  granularity: Granularity;
  coarsened: boolean;
  setPreset: (preset: RangePreset) => void;
  setFrom: (from: string) => void;
  setTo: (to: string) => void;
  setGranularity: (granularity: Granularity) => void;
};

/** ?range=<preset>&from=&to=&granularity=hour|day|…, so a reload or a shared link shows the same series. */
export function useSeriesParams(options: SeriesParamsOptions): SeriesParams {
  const { presets, monthEnd, granularities, defaultGranularity, coarsenTo } = options;
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const [today] = useState(() => madridDateOf(new Date()));

  const rangeParam = params.get('range');
  const preset = presets.find((value) => value === rangeParam) ?? presets[0]!;
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const requestedParam = granularityFromParam(params.get('granularity'));
  const requested = requestedParam && granularities.includes(requestedParam) ? requestedParam : null;

  const asked = useMemo<LocalRange | null>(() => {
    if (preset !== 'custom') return presetRange(preset, today, monthEnd);
    return fromParam && toParam ? { from: fromParam, to: toParam } : null;
  }, [preset, today, monthEnd, fromParam, toParam]);

  // First what is wrong whatever the granularity (MONTH has the longest cap), then the asked one's cap.
  const typedProblem = rangeProblem(asked?.from ?? null, asked?.to ?? null, 'MONTH');
  const valid = typedProblem ? null : asked;
  const wanted = requested ?? defaultGranularity(valid);
  const shown = valid && !fitsCap(valid, wanted) && coarsenTo && fitsCap(valid, coarsenTo) ? coarsenTo : wanted;
  const problem = typedProblem ?? (valid && !fitsCap(valid, shown) ? 'tooLong' : null);

  return {
    presets,
    granularities,
    today,
    preset,
    fromParam,
    toParam,
    range: problem ? null : valid,
    problem,
    granularity: shown,
    coarsened: shown !== wanted,
    // Custom starts from the period on screen, so the date fields are never blank.
    setPreset: (next) =>
      update(next === 'custom' ? { range: next, from: asked?.from ?? fromParam, to: asked?.to ?? toParam } : { range: next, from: null, to: null }),
    setFrom: (from) => update({ range: 'custom', from }),
    setTo: (to) => update({ range: 'custom', to }),
    setGranularity: (next) => update({ granularity: paramOfGranularity(next) }),
  };
}
