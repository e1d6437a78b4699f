import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { granularityForLength } from './series-range.js';
import { HOURS_OR_DAYS, useSeriesParams, type SeriesParams, type SeriesParamsOptions } from './use-series-params.js';

const HOURLY_SCREEN: SeriesParamsOptions = { presets: ['last-7-days', 'this-month', 'custom'], monthEnd: 'yesterday', ...HOURS_OR_DAYS };
/** A screen like measurements: every granularity, chosen by the range's length, too-long ranges shown by day. */
const COARSENING_SCREEN: SeriesParamsOptions = {
  presets: ['last-7-days', 'this-month', 'last-month', 'last-12-months', 'custom'],
  monthEnd: 'today',
  granularities: ['QUARTER_HOUR', 'HOUR', 'DAY', 'MONTH'],
  defaultGranularity: (range) => (range ? granularityForLength(range) : 'DAY'),
  coarsenTo: 'DAY',
};

/** The series parameters a screen with these options reads from this URL. */
function paramsAt(search: string, options: SeriesParamsOptions): SeriesParams {
  let params: SeriesParams | undefined;
  function Probe() {
    params = useSeriesParams(options);
    return null;
  }
  renderToString(createElement(MemoryRouter, { initialEntries: [`/series${search}`] }, createElement(Probe)));
  return params!;
}

describe('useSeriesParams', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 00:30 on 15 March in Madrid, still the 14th in UTC: "today" is Madrid's day.
    vi.setSystemTime(new Date('2026-03-14T23:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens on the first preset and Madrid today', () => {
    const params = paramsAt('', HOURLY_SCREEN);
    expect(params.today).toBe('2026-03-15');
    expect(params.preset).toBe('last-7-days');
    expect(params.range).toEqual({ from: '2026-03-08', to: '2026-03-14' });
    expect(params.granularity).toBe('HOUR');
    expect(params.problem).toBeNull();
  });

  it('reads the preset and granularity of the URL, ignoring ones the screen does not offer', () => {
    expect(paramsAt('?range=this-month&granularity=day', HOURLY_SCREEN)).toMatchObject({
      preset: 'this-month',
      range: { from: '2026-03-01', to: '2026-03-14' },
      granularity: 'DAY',
    });
    expect(paramsAt('?range=last-12-months&granularity=month', HOURLY_SCREEN)).toMatchObject({ preset: 'last-7-days', granularity: 'HOUR' });
  });

  it('keeps a wrong custom range as typed, with its problem and no range', () => {
    const params = paramsAt('?range=custom&from=2026-03-10&to=2026-03-01', HOURLY_SCREEN);
    expect(params).toMatchObject({ preset: 'custom', fromParam: '2026-03-10', toParam: '2026-03-01', range: null, problem: 'toBeforeFrom' });
    expect(paramsAt('?range=custom&from=2026-03-10', HOURLY_SCREEN).problem).toBe('missing');
  });

  it('refuses a range too long for hours where the screen cannot show it by day', () => {
    const params = paramsAt('?range=custom&from=2025-01-01&to=2026-03-01&granularity=hour', HOURLY_SCREEN);
    expect(params).toMatchObject({ range: null, problem: 'tooLong', granularity: 'HOUR', coarsened: false });
  });

  it('shows a range too long for hours by day where the screen can, and says so', () => {
    const params = paramsAt('?range=custom&from=2025-01-01&to=2026-03-01&granularity=hour', COARSENING_SCREEN);
    expect(params).toMatchObject({ range: { from: '2025-01-01', to: '2026-03-01' }, problem: null, granularity: 'DAY', coarsened: true });
  });

  it('picks the granularity by the length of the range when the URL names none', () => {
    expect(paramsAt('?range=last-month', COARSENING_SCREEN).granularity).toBe('DAY');
    expect(paramsAt('?range=last-12-months', COARSENING_SCREEN).granularity).toBe('MONTH');
    expect(paramsAt('?range=custom&from=2026-03-01&to=2026-03-02', COARSENING_SCREEN).granularity).toBe('HOUR');
  });
});
