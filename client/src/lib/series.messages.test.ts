import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFormat } from './format.js';
import { textInLanguage } from './render.testing.js';
import { rangeProblemText, usePeriodWords, useSeriesMessages } from './series.messages.js';
import type { RangeProblem } from './series-range.js';
import type { SeriesParams } from './use-series-params.js';

function problemText(language: 'es' | 'en', problem: RangeProblem, params: Partial<SeriesParams>): string {
  return textInLanguage(language, () => rangeProblemText(useSeriesMessages(), useFormat(), problem, params as SeriesParams));
}

describe('rangeProblemText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for both dates when one is missing or not a date', () => {
    expect(problemText('es', 'missing', {})).toBe('Escribe una fecha de inicio y una de fin válidas.');
    expect(problemText('en', 'invalid', {})).toBe('Enter a valid start date and end date.');
  });

  it('names both dates, formatted, when the end comes first', () => {
    expect(problemText('es', 'toBeforeFrom', { fromParam: '2026-03-10', toParam: '2026-03-01' })).toBe(
      'La fecha «Hasta» (01/03/2026) es anterior a la fecha «Desde» (10/03/2026). Elige una fecha de fin igual o posterior.',
    );
  });

  it('gives the cap of the granularity, in lower case mid-sentence', () => {
    expect(problemText('es', 'tooLong', { granularity: 'HOUR' })).toBe(
      'El periodo es demasiado largo: por horas, como máximo 13 meses. Acórtalo o cambia el intervalo.',
    );
    expect(problemText('en', 'tooLong', { granularity: 'DAY' })).toBe(
      'The period is too long: daily, at most 120 months. Shorten it or change the interval.',
    );
  });
});

describe('usePeriodWords', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the dates and the granularity for a sentence, or null without a range', () => {
    const words = (range: { from: string; to: string } | null) =>
      textInLanguage('es', () => JSON.stringify(usePeriodWords(range, 'QUARTER_HOUR'))).replaceAll('&quot;', '"');
    expect(JSON.parse(words({ from: '2026-03-01', to: '2026-03-31' }))).toEqual({ from: '01/03/2026', to: '31/03/2026', granularity: 'por cuartos de hora' });
    expect(words(null)).toBe('null');
  });
});
