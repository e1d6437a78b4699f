import type { Granularity } from '../__generated__/graphql.js';
import { useFormat, type Formatters } from './format.js';
import { defineMessages } from './i18n.js';
import { MAX_RANGE_MONTHS } from '@portal/shared';
import type { LocalRange, RangeProblem } from './series-range.js';
import type { SeriesParams } from './use-series-params.js';

/** Words every series screen (measurements, forecast, deviations) uses the same way. */
export const useSeriesMessages = defineMessages({
  es: {
    period: 'Periodo',
    from: 'Desde',
    to: 'Hasta',
    'preset.next-7-days': 'Próximos 7 días',
    'preset.last-7-days': 'Últimos 7 días',
    'preset.this-month': 'Este mes',
    'preset.last-month': 'Mes pasado',
    'preset.last-12-months': 'Últimos 12 meses',
    'preset.custom': 'Personalizado',
    interval: 'Intervalo',
    'per.QUARTER_HOUR': 'Por cuartos de hora',
    'per.HOUR': 'Por horas',
    'per.DAY': 'Por días',
    'per.MONTH': 'Por meses',
    'per.QUARTER_HOUR.inline': 'por cuartos de hora',
    'per.HOUR.inline': 'por horas',
    'per.DAY.inline': 'por días',
    'per.MONTH.inline': 'por meses',
    'problem.incomplete': 'Escribe una fecha de inicio y una de fin válidas.',
    'problem.tooEarly': 'La fecha inicial debe ser de 1900 o posterior.',
    'problem.toBeforeFrom': 'La fecha «Hasta» ({to}) es anterior a la fecha «Desde» ({from}). Elige una fecha de fin igual o posterior.',
    'problem.tooLong': 'El periodo es demasiado largo: {granularity}, como máximo {months} meses. Acórtalo o cambia el intervalo.',
  },
  en: {
    period: 'Period',
    from: 'From',
    to: 'To',
    'preset.next-7-days': 'Next 7 days',
    'preset.last-7-days': 'Last 7 days',
    'preset.this-month': 'This month',
    'preset.last-month': 'Last month',
    'preset.last-12-months': 'Last 12 months',
    'preset.custom': 'Custom',
    interval: 'Interval',
    'per.QUARTER_HOUR': 'Quarter-hourly',
    'per.HOUR': 'Hourly',
    'per.DAY': 'Daily',
    'per.MONTH': 'Monthly',
    'per.QUARTER_HOUR.inline': 'quarter-hourly',
    'per.HOUR.inline': 'hourly',
    'per.DAY.inline': 'daily',
    'per.MONTH.inline': 'monthly',
    'problem.incomplete': 'Enter a valid start date and end date.',
    'problem.tooEarly': 'The first day must be in 1900 or later.',
    'problem.toBeforeFrom': 'The "To" date ({to}) is before the "From" date ({from}). Choose an end date on or after the start.',
    'problem.tooLong': 'The period is too long: {granularity}, at most {months} months. Shorten it or change the interval.',
  },
});

export type SeriesMessages = ReturnType<typeof useSeriesMessages>;

/** The sentence for a range problem, in the series screens' common words. */
export function rangeProblemText(s: SeriesMessages, f: Formatters, problem: RangeProblem, params: SeriesParams): string {
  switch (problem) {
    case 'missing':
    case 'invalid':
      return s('problem.incomplete');
    case 'tooEarly':
      return s('problem.tooEarly');
    case 'toBeforeFrom':
      return s('problem.toBeforeFrom', { from: f.date(params.fromParam!), to: f.date(params.toParam!) });
    case 'tooLong':
      // Mid-sentence, so the inline form ("por horas"), not the label ("Por horas").
      return s('problem.tooLong', { granularity: s(`per.${params.granularity}.inline`), months: MAX_RANGE_MONTHS[params.granularity] });
  }
}

/** A period in words for sentences such as "del {from} al {to}, {granularity}": dates and "por horas". */
export type PeriodWords = { from: string; to: string; granularity: string };

export function usePeriodWords(range: LocalRange | null, granularity: Granularity): PeriodWords | null {
  const s = useSeriesMessages();
  const f = useFormat();
  return range ? { from: f.date(range.from), to: f.date(range.to), granularity: s(`per.${granularity}.inline`) } : null;
}
