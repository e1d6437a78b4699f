import { useId } from 'react';
import type { Granularity } from '../__generated__/graphql.js';
import { useFormat } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';
import { rangeProblemText, useSeriesMessages } from '../lib/series.messages.js';
import { EARLIEST_DATE, isCalendarDate } from '@portal/shared';
import type { RangePreset } from '../lib/series-range.js';
import type { SeriesParams } from '../lib/use-series-params.js';
import { CupsSelect, type CupsOption } from './cups-select.js';
import './series-filters.css';

export type GranularityOption = { value: Granularity; label: string; disabled?: boolean };

export type SeriesFiltersProps = {
  /** Names the whole bar for screen readers: "Filtros de las medidas". */
  label: string;
  cups: { options: readonly CupsOption[]; value: string; onChange: (cups: string) => void };
  params: SeriesParams;
  /** Default: "Intervalo" with "Por horas", "Por días"… for the granularities params offer. */
  granularityLabel?: string;
  granularities?: readonly GranularityOption[];
  /** Why the typed range cannot be shown, where a screen words it its own way (default: the common wording). */
  problemText?: string;
  /** A remark on the granularities (e.g. a cap); `announce` when it reports a change the user did not make. */
  granularityNote?: { text: string; announce: boolean } | null;
};

/** CUPS, period (a preset or custom days) and granularity of a series screen; the state is the URL's (lib/use-series-params.ts). */
export function SeriesFilters({ label, cups, params, granularityLabel, granularities, problemText, granularityNote }: SeriesFiltersProps) {
  const { t } = useI18n();
  const s = useSeriesMessages();
  const f = useFormat();
  const ids = { granularity: useId(), problem: useId(), note: useId() };
  const { problem } = params;
  const options: readonly GranularityOption[] = granularities ?? params.granularities.map((value) => ({ value, label: s(`per.${value}`) }));
  const describedBy = problem ? ids.problem : undefined;

  return (
    <>
      <div className="filters" role="group" aria-label={label}>
        <CupsSelect label={t('common.cups')} options={cups.options} value={cups.value} onChange={cups.onChange} />
        <label className="field">
          {s('period')}
          <select value={params.preset} onChange={(event) => params.setPreset(event.target.value as RangePreset)}>
            {params.presets.map((preset) => (
              <option key={preset} value={preset}>
                {s(`preset.${preset}`)}
              </option>
            ))}
          </select>
        </label>
        {params.preset === 'custom' ? (
          <>
            <label className="field">
              {s('from')}
              <input
                type="date"
                value={params.fromParam ?? ''}
                min={EARLIEST_DATE}
                // An end before the start is the end's fault: the start stays valid.
                aria-invalid={problem !== null && problem !== 'toBeforeFrom'}
                aria-describedby={describedBy}
                onChange={(event) => params.setFrom(event.target.value)}
              />
            </label>
            <label className="field">
              {s('to')}
              <input
                type="date"
                value={params.toParam ?? ''}
                min={params.fromParam && isCalendarDate(params.fromParam) ? params.fromParam : EARLIEST_DATE}
                aria-invalid={problem !== null}
                aria-describedby={describedBy}
                onChange={(event) => params.setTo(event.target.value)}
              />
            </label>
          </>
        ) : null}
        <div className="field">
          <span id={ids.granularity}>{granularityLabel ?? s('interval')}</span>
          <div className="segmented" role="group" aria-labelledby={ids.granularity} aria-describedby={granularityNote ? ids.note : undefined}>
            {options.map((option) => (
              <button
                key={option.value}
                type="button"
                aria-pressed={params.granularity === option.value}
                disabled={option.disabled}
                onClick={() => params.setGranularity(option.value)}
              >
                {option.label}
              </button>
            ))}
          </div>
        </div>
      </div>
      {problem ? (
        <p className="error series-note" role="alert" id={ids.problem}>
          {problemText ?? rangeProblemText(s, f, problem, params)}
        </p>
      ) : null}
      {granularityNote ? (
        <p className="muted series-note" id={ids.note} role={granularityNote.announce ? 'status' : undefined}>
          {granularityNote.text}
        </p>
      ) : null}
    </>
  );
}
