import { describe, it, expect, vi } from 'vitest';
import {
  ACCESS_TARIFFS,
  LOCAL_TIME_ZONE,
  TARIFF_PERIODS,
  isOffDay,
  madridLocalParts,
  nationalHolidays,
  periodsOf,
  tariffPeriod,
  tariffPeriodAt,
  type AccessTariff,
  type TariffPeriod,
} from './tariffs.js';

const at = (iso: string): Date => new Date(iso);
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

// Working-day periods by local hour 0..23, written out by hand from Circular 3/2020.
const WORKING_DAY_2_0TD = 'P3 P3 P3 P3 P3 P3 P3 P3 P2 P2 P1 P1 P1 P1 P2 P2 P2 P2 P1 P1 P1 P1 P2 P2'.split(' ');
const WORKING_DAY_3_0TD: Record<'high' | 'mediumHigh' | 'medium' | 'low', string[]> = {
  high: /*      */ 'P6 P6 P6 P6 P6 P6 P6 P6 P2 P1 P1 P1 P1 P1 P2 P2 P2 P2 P1 P1 P1 P1 P2 P2'.split(' '),
  mediumHigh: /**/ 'P6 P6 P6 P6 P6 P6 P6 P6 P3 P2 P2 P2 P2 P2 P3 P3 P3 P3 P2 P2 P2 P2 P3 P3'.split(' '),
  medium: /*    */ 'P6 P6 P6 P6 P6 P6 P6 P6 P4 P3 P3 P3 P3 P3 P4 P4 P4 P4 P3 P3 P3 P3 P4 P4'.split(' '),
  low: /*       */ 'P6 P6 P6 P6 P6 P6 P6 P6 P5 P4 P4 P4 P4 P4 P5 P5 P5 P5 P4 P4 P4 P4 P5 P5'.split(' '),
};
const SEASON_OF_MONTH = {
  1: 'high', 2: 'high', 3: 'mediumHigh', 4: 'low', 5: 'low', 6: 'medium',
  7: 'high', 8: 'medium', 9: 'medium', 10: 'low', 11: 'mediumHigh', 12: 'high',
} as const;

describe('constants', () => {
  it('lists the access tariffs and periods', () => {
    expect(ACCESS_TARIFFS).toEqual(['2.0TD', '3.0TD', '6.1TD']);
    expect(TARIFF_PERIODS).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(LOCAL_TIME_ZONE).toBe('Europe/Madrid');
  });
});

describe('periodsOf', () => {
  it('gives 2.0TD three periods and the others six', () => {
    expect(periodsOf('2.0TD')).toEqual(['P1', 'P2', 'P3']);
    expect(periodsOf('3.0TD')).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(periodsOf('6.1TD')).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
  });

  it('returns a fresh array each time', () => {
    periodsOf('2.0TD').push('P6');
    expect(periodsOf('2.0TD')).toEqual(['P1', 'P2', 'P3']);
  });

  it.each(ACCESS_TARIFFS)('matches exactly the periods tariffPeriodAt gives for %s', (tariff) => {
    const seen = new Set<TariffPeriod>();
    for (const month of MONTHS) {
      for (const hour of HOURS) {
        for (const offDay of [false, true]) seen.add(tariffPeriodAt(tariff, { month, hour, offDay }));
      }
    }
    expect([...seen].sort()).toEqual(periodsOf(tariff));
  });
});

describe('nationalHolidays', () => {
  it('lists the fixed-date national holidays of 2026', () => {
    expect(nationalHolidays(2026)).toEqual([
      '2026-01-01', '2026-01-06', '2026-05-01', '2026-08-15', '2026-10-12',
      '2026-11-01', '2026-12-06', '2026-12-08', '2026-12-25',
    ]);
  });

  it('uses the same dates every year', () => {
    expect(nationalHolidays(2027).map((date) => date.slice(5))).toEqual(nationalHolidays(2026).map((date) => date.slice(5)));
    expect(nationalHolidays(2027).every((date) => date.startsWith('2027-'))).toBe(true);
  });

  it('pads years to four digits', () => {
    expect(nationalHolidays(999)[0]).toBe('0999-01-01');
  });

  it.each([0, -1, 10000, 2026.5, Number.NaN])('throws a RangeError for year %s', (year) => {
    expect(() => nationalHolidays(year)).toThrow(RangeError);
  });
});

describe('isOffDay', () => {
  it('treats working weekdays as working days', () => {
    for (const date of ['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16']) expect(isOffDay(date)).toBe(false);
  });

  it('treats Saturdays and Sundays as off days', () => {
    expect(isOffDay('2026-01-17')).toBe(true);
    expect(isOffDay('2026-01-18')).toBe(true);
    expect(isOffDay('2026-07-04')).toBe(true);
    expect(isOffDay('2026-07-05')).toBe(true);
  });

  it.each(['2026-01-01', '2026-01-06', '2026-05-01', '2026-10-12', '2026-12-08', '2026-12-25'])(
    'treats the weekday national holiday %s as an off day',
    (date) => {
      expect(isOffDay(date)).toBe(true);
    },
  );

  it('treats every fixed national holiday as an off day, 2020 to 2035', () => {
    for (let year = 2020; year <= 2035; year++) {
      for (const date of nationalHolidays(year)) expect(isOffDay(date)).toBe(true);
    }
  });

  it.each([
    ['2026-04-02', 'Holy Thursday (regional, movable)'],
    ['2026-04-03', 'Good Friday (movable)'],
    ['2026-04-06', 'Easter Monday (regional, movable)'],
    ['2026-03-19', 'Saint Joseph (regional)'],
    ['2026-11-02', 'Monday after All Saints on a Sunday (substitute)'],
    ['2026-12-07', 'Monday after Constitution Day on a Sunday (substitute)'],
    ['2026-12-24', 'Christmas Eve'],
    ['2026-12-31', "New Year's Eve"],
  ])('treats %s, %s, as a working day', (date) => {
    expect(isOffDay(date)).toBe(false);
  });

  it('counts 110 off days in 2026: 104 weekend days and 6 holidays on weekdays', () => {
    let offDays = 0;
    for (let day = new Date(Date.UTC(2026, 0, 1)); day.getUTCFullYear() === 2026; day.setUTCDate(day.getUTCDate() + 1)) {
      if (isOffDay(day.toISOString().slice(0, 10))) offDays++;
    }
    expect(offDays).toBe(110);
  });

  it('knows leap days', () => {
    expect(isOffDay('2028-02-29')).toBe(false); // a Tuesday
    expect(isOffDay('2032-02-29')).toBe(true); // a Sunday
  });

  it.each(['', '2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-5', '20260105', '2026-01-05T10:00', ' 2026-01-05'])(
    'throws a RangeError for %j',
    (date) => {
      expect(() => isOffDay(date)).toThrow(RangeError);
    },
  );
});

describe('tariffPeriodAt', () => {
  it.each(MONTHS)('gives 2.0TD the working-day table in month %i', (month) => {
    expect(HOURS.map((hour) => tariffPeriodAt('2.0TD', { month, hour, offDay: false }))).toEqual(WORKING_DAY_2_0TD);
  });

  it.each(MONTHS)('gives 2.0TD P3 all off day in month %i', (month) => {
    expect(HOURS.map((hour) => tariffPeriodAt('2.0TD', { month, hour, offDay: true }))).toEqual(HOURS.map(() => 'P3'));
  });

  for (const tariff of ['3.0TD', '6.1TD'] as const) {
    it.each(MONTHS)(`gives ${tariff} its season's working-day table in month %i`, (month) => {
      const expected = WORKING_DAY_3_0TD[SEASON_OF_MONTH[month as keyof typeof SEASON_OF_MONTH]];
      expect(HOURS.map((hour) => tariffPeriodAt(tariff, { month, hour, offDay: false }))).toEqual(expected);
    });

    it.each(MONTHS)(`gives ${tariff} P6 all off day in month %i`, (month) => {
      expect(HOURS.map((hour) => tariffPeriodAt(tariff, { month, hour, offDay: true }))).toEqual(HOURS.map(() => 'P6'));
    });
  }

  it.each([
    [1, 'P1', 'P2'], [2, 'P1', 'P2'], [7, 'P1', 'P2'], [12, 'P1', 'P2'],
    [3, 'P2', 'P3'], [11, 'P2', 'P3'],
    [6, 'P3', 'P4'], [8, 'P3', 'P4'], [9, 'P3', 'P4'],
    [4, 'P4', 'P5'], [5, 'P4', 'P5'], [10, 'P4', 'P5'],
  ])('gives 3.0TD in month %i peak %s and shoulder %s', (month, peak, shoulder) => {
    expect(tariffPeriodAt('3.0TD', { month, hour: 11, offDay: false })).toBe(peak);
    expect(tariffPeriodAt('3.0TD', { month, hour: 15, offDay: false })).toBe(shoulder);
  });

  it.each([0, 13, 1.5, Number.NaN])('throws a RangeError for month %s', (month) => {
    expect(() => tariffPeriodAt('2.0TD', { month, hour: 10, offDay: false })).toThrow(RangeError);
  });

  it.each([-1, 24, 7.5, Number.NaN])('throws a RangeError for hour %s', (hour) => {
    expect(() => tariffPeriodAt('3.0TD', { month: 1, hour, offDay: false })).toThrow(RangeError);
  });
});

describe('tariffPeriod', () => {
  function expectPeriods(instant: string, expected: Record<AccessTariff, TariffPeriod>): void {
    for (const tariff of ACCESS_TARIFFS) expect([tariff, tariffPeriod(tariff, at(instant))]).toEqual([tariff, expected[tariff]]);
  }

  // A Wednesday in every month; CET is UTC+1 and CEST (April to October here) UTC+2.
  it.each([
    ['2026-01-14', '+01:00', 'P1', 'P2'],
    ['2026-02-11', '+01:00', 'P1', 'P2'],
    ['2026-03-11', '+01:00', 'P2', 'P3'],
    ['2026-04-15', '+02:00', 'P4', 'P5'],
    ['2026-05-13', '+02:00', 'P4', 'P5'],
    ['2026-06-10', '+02:00', 'P3', 'P4'],
    ['2026-07-15', '+02:00', 'P1', 'P2'],
    ['2026-08-12', '+02:00', 'P3', 'P4'],
    ['2026-09-16', '+02:00', 'P3', 'P4'],
    ['2026-10-14', '+02:00', 'P4', 'P5'],
    ['2026-11-11', '+01:00', 'P2', 'P3'],
    ['2026-12-16', '+01:00', 'P1', 'P2'],
  ] as const)('on Wednesday %s (UTC%s) gives peak %s and shoulder %s', (date, offset, peak, shoulder) => {
    expectPeriods(`${date}T03:00:00${offset}`, { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
    expectPeriods(`${date}T08:30:00${offset}`, { '2.0TD': 'P2', '3.0TD': shoulder, '6.1TD': shoulder });
    expectPeriods(`${date}T09:30:00${offset}`, { '2.0TD': 'P2', '3.0TD': peak, '6.1TD': peak });
    expectPeriods(`${date}T11:00:00${offset}`, { '2.0TD': 'P1', '3.0TD': peak, '6.1TD': peak });
    expectPeriods(`${date}T15:00:00${offset}`, { '2.0TD': 'P2', '3.0TD': shoulder, '6.1TD': shoulder });
    expectPeriods(`${date}T19:00:00${offset}`, { '2.0TD': 'P1', '3.0TD': peak, '6.1TD': peak });
    expectPeriods(`${date}T23:00:00${offset}`, { '2.0TD': 'P2', '3.0TD': shoulder, '6.1TD': shoulder });
  });

  // Wednesday 2026-01-14, high season, local time UTC+1.
  it.each([
    ['00:00', 'P3', 'P6'],
    ['07:59', 'P3', 'P6'],
    ['08:00', 'P2', 'P2'],
    ['08:59', 'P2', 'P2'],
    ['09:00', 'P2', 'P1'],
    ['09:59', 'P2', 'P1'],
    ['10:00', 'P1', 'P1'],
    ['13:59', 'P1', 'P1'],
    ['14:00', 'P2', 'P2'],
    ['17:59', 'P2', 'P2'],
    ['18:00', 'P1', 'P1'],
    ['21:59', 'P1', 'P1'],
    ['22:00', 'P2', 'P2'],
    ['23:59', 'P2', 'P2'],
  ] as const)('at the %s boundary gives 2.0TD %s and 3.0TD %s', (time, p20, p30) => {
    expectPeriods(`2026-01-14T${time}:00+01:00`, { '2.0TD': p20, '3.0TD': p30, '6.1TD': p30 });
  });

  it.each(['2026-01-17', '2026-01-18'])('gives the off-day period all %s, a weekend day', (date) => {
    for (const hour of HOURS) {
      expectPeriods(`${date}T${String(hour).padStart(2, '0')}:30:00+01:00`, { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
    }
  });

  it.each([
    ['2026-01-01', '+01:00'],
    ['2026-01-06', '+01:00'],
    ['2026-05-01', '+02:00'],
    ['2026-10-12', '+02:00'],
    ['2026-12-08', '+01:00'],
    ['2026-12-25', '+01:00'],
  ])('gives the off-day period at peak hours of the weekday holiday %s', (date, offset) => {
    for (const time of ['08:30', '09:30', '11:00', '15:00', '19:00', '22:30']) {
      expectPeriods(`${date}T${time}:00${offset}`, { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
    }
  });

  it('treats Good Friday 2026-04-03 as a working day (low season, UTC+2)', () => {
    expectPeriods('2026-04-03T11:00:00+02:00', { '2.0TD': 'P1', '3.0TD': 'P4', '6.1TD': 'P4' });
    expectPeriods('2026-04-03T08:00:00+02:00', { '2.0TD': 'P2', '3.0TD': 'P5', '6.1TD': 'P5' });
  });

  it('treats the substitute Monday 2026-11-02 as a working day', () => {
    expectPeriods('2026-11-02T11:00:00+01:00', { '2.0TD': 'P1', '3.0TD': 'P2', '6.1TD': 'P2' });
  });

  describe('around the spring DST change (Sunday 2026-03-29, 02:00 CET → 03:00 CEST)', () => {
    it('keeps Sunday an off day on both sides of the change', () => {
      for (const instant of ['2026-03-29T00:30:00Z', '2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z', '2026-03-29T01:30:00Z', '2026-03-29T02:00:00Z', '2026-03-29T12:00:00Z']) {
        expectPeriods(instant, { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
      }
    });

    it('uses UTC+1 on the Friday before: 08:00Z is 09:00 local, 09:00Z is 10:00', () => {
      expectPeriods('2026-03-27T06:59:00Z', { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
      expectPeriods('2026-03-27T07:00:00Z', { '2.0TD': 'P2', '3.0TD': 'P3', '6.1TD': 'P3' });
      expectPeriods('2026-03-27T08:00:00Z', { '2.0TD': 'P2', '3.0TD': 'P2', '6.1TD': 'P2' });
      expectPeriods('2026-03-27T09:00:00Z', { '2.0TD': 'P1', '3.0TD': 'P2', '6.1TD': 'P2' });
      expectPeriods('2026-03-27T17:00:00Z', { '2.0TD': 'P1', '3.0TD': 'P2', '6.1TD': 'P2' });
    });

    it('uses UTC+2 on the Monday after: 07:00Z is 09:00 local, 08:00Z is 10:00', () => {
      expectPeriods('2026-03-30T05:59:00Z', { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
      expectPeriods('2026-03-30T06:00:00Z', { '2.0TD': 'P2', '3.0TD': 'P3', '6.1TD': 'P3' });
      expectPeriods('2026-03-30T07:00:00Z', { '2.0TD': 'P2', '3.0TD': 'P2', '6.1TD': 'P2' });
      expectPeriods('2026-03-30T08:00:00Z', { '2.0TD': 'P1', '3.0TD': 'P2', '6.1TD': 'P2' });
      expectPeriods('2026-03-30T16:00:00Z', { '2.0TD': 'P1', '3.0TD': 'P2', '6.1TD': 'P2' });
    });
  });

  describe('around the autumn DST change (Sunday 2026-10-25, 03:00 CEST → 02:00 CET)', () => {
    it('keeps Sunday an off day on both sides of the change', () => {
      for (const instant of ['2026-10-25T00:00:00Z', '2026-10-25T00:59:59Z', '2026-10-25T01:00:00Z', '2026-10-25T01:30:00Z', '2026-10-25T02:00:00Z', '2026-10-25T12:00:00Z']) {
        expectPeriods(instant, { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
      }
    });

    it('uses UTC+2 on the Friday before: 07:00Z is 09:00 local, 08:00Z is 10:00', () => {
      expectPeriods('2026-10-23T05:59:00Z', { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
      expectPeriods('2026-10-23T06:00:00Z', { '2.0TD': 'P2', '3.0TD': 'P5', '6.1TD': 'P5' });
      expectPeriods('2026-10-23T07:00:00Z', { '2.0TD': 'P2', '3.0TD': 'P4', '6.1TD': 'P4' });
      expectPeriods('2026-10-23T08:00:00Z', { '2.0TD': 'P1', '3.0TD': 'P4', '6.1TD': 'P4' });
    });

    it('uses UTC+1 on the Monday after: 07:00Z is 08:00 local, 09:00Z is 10:00', () => {
      expectPeriods('2026-10-26T06:59:00Z', { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
      expectPeriods('2026-10-26T07:00:00Z', { '2.0TD': 'P2', '3.0TD': 'P5', '6.1TD': 'P5' });
      expectPeriods('2026-10-26T08:00:00Z', { '2.0TD': 'P2', '3.0TD': 'P4', '6.1TD': 'P4' });
      expectPeriods('2026-10-26T09:00:00Z', { '2.0TD': 'P1', '3.0TD': 'P4', '6.1TD': 'P4' });
    });
  });

  it('uses the local date: 07:30Z on 2026-01-06 is 08:30 on Epiphany, not a working hour', () => {
    expectPeriods('2026-01-06T07:30:00Z', { '2.0TD': 'P3', '3.0TD': 'P6', '6.1TD': 'P6' });
    expectPeriods('2026-01-07T07:30:00Z', { '2.0TD': 'P2', '3.0TD': 'P2', '6.1TD': 'P2' });
  });

  // 2026 has 365 - 110 = 255 working days; each has 8 hours of each 2.0TD period. Off days add
  // 24 P3 hours each, minus the hour skipped on 29 March plus the hour repeated on 25 October.
  it('splits the 8760 hours of 2026 into 2040 P1, 2040 P2 and 4680 P3 hours for 2.0TD', () => {
    expect(countHours('2.0TD', 2026)).toEqual({ P1: 2040, P2: 2040, P3: 4680 });
  });

  // High season working days: January 20, February 20, July 23, December 21 = 84, each with 9 peak hours.
  it('gives 3.0TD 756 P1 hours and 4680 P6 hours in 2026', () => {
    const hours = countHours('3.0TD', 2026);
    expect(hours.P1).toBe(756);
    expect(hours.P6).toBe(4680);
    expect(Object.values(hours).reduce((sum, count) => sum + count, 0)).toBe(8760);
  });

  it('throws a RangeError for an invalid Date', () => {
    expect(() => tariffPeriod('2.0TD', new Date(Number.NaN))).toThrow(RangeError);
  });
});

function countHours(tariff: AccessTariff, year: number): Partial<Record<TariffPeriod, number>> {
  const counts: Partial<Record<TariffPeriod, number>> = {};
  // 23:00Z on 31 December is midnight in Madrid (UTC+1 in winter).
  const start = Date.UTC(year - 1, 11, 31, 23);
  const end = Date.UTC(year, 11, 31, 23);
  for (let time = start; time < end; time += 3_600_000) {
    const period = tariffPeriod(tariff, new Date(time));
    counts[period] = (counts[period] ?? 0) + 1;
  }
  return counts;
}

describe('madridLocalParts', () => {
  it('gives the wall-clock parts in summer (UTC+2)', () => {
    expect(madridLocalParts(at('2026-07-15T10:45:30Z'))).toEqual({
      date: '2026-07-15', year: 2026, month: 7, day: 15, hour: 12, minute: 45, isoWeekday: 3,
    });
  });

  it('gives the wall-clock parts in winter (UTC+1)', () => {
    expect(madridLocalParts(at('2026-01-18T10:05:00Z'))).toEqual({
      date: '2026-01-18', year: 2026, month: 1, day: 18, hour: 11, minute: 5, isoWeekday: 7,
    });
  });

  it('gives hour 0 at local midnight, not 24', () => {
    expect(madridLocalParts(at('2026-01-12T23:00:00Z'))).toMatchObject({ date: '2026-01-13', hour: 0, minute: 0, isoWeekday: 2 });
  });

  it('crosses into the local new year before UTC does', () => {
    expect(madridLocalParts(at('2025-12-31T23:30:00Z'))).toEqual({
      date: '2026-01-01', year: 2026, month: 1, day: 1, hour: 0, minute: 30, isoWeekday: 4,
    });
    expect(isOffDay(madridLocalParts(at('2025-12-31T23:30:00Z')).date)).toBe(true);
  });

  it('crosses into the local month before UTC does', () => {
    expect(madridLocalParts(at('2026-02-28T23:30:00Z'))).toMatchObject({ date: '2026-03-01', month: 3, day: 1, hour: 0, isoWeekday: 7 });
    expect(madridLocalParts(at('2026-09-30T22:30:00Z'))).toMatchObject({ date: '2026-10-01', month: 10, day: 1, hour: 0, isoWeekday: 4 });
  });

  it('skips 02:00 on 2026-03-29', () => {
    expect(madridLocalParts(at('2026-03-29T00:59:00Z'))).toMatchObject({ date: '2026-03-29', hour: 1, minute: 59 });
    expect(madridLocalParts(at('2026-03-29T01:00:00Z'))).toMatchObject({ date: '2026-03-29', hour: 3, minute: 0 });
    expect(madridLocalParts(at('2026-03-29T01:30:00Z'))).toMatchObject({ date: '2026-03-29', hour: 3, minute: 30 });
    expect(madridLocalParts(at('2026-03-29T02:00:00Z'))).toMatchObject({ date: '2026-03-29', hour: 4, minute: 0 });
  });

  it('repeats 02:00 on 2026-10-25', () => {
    expect(madridLocalParts(at('2026-10-25T00:00:00Z'))).toMatchObject({ date: '2026-10-25', hour: 2, minute: 0 });
    expect(madridLocalParts(at('2026-10-25T00:59:00Z'))).toMatchObject({ date: '2026-10-25', hour: 2, minute: 59 });
    expect(madridLocalParts(at('2026-10-25T01:00:00Z'))).toMatchObject({ date: '2026-10-25', hour: 2, minute: 0 });
    expect(madridLocalParts(at('2026-10-25T01:30:00Z'))).toMatchObject({ date: '2026-10-25', hour: 2, minute: 30 });
    expect(madridLocalParts(at('2026-10-25T02:00:00Z'))).toMatchObject({ date: '2026-10-25', hour: 3, minute: 0 });
  });

  function localHoursOf(date: string): number[] {
    const hours: number[] = [];
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    // Every local day of the year lies within 3 hours either side of its UTC namesake.
    for (let time = Date.UTC(year, month - 1, day) - 3 * 3_600_000; time < Date.UTC(year, month - 1, day + 1) + 3 * 3_600_000; time += 3_600_000) {
      const local = madridLocalParts(new Date(time));
      if (local.date === date) hours.push(local.hour);
    }
    return hours;
  }

  it('gives 2026-03-29 23 hours, without 02:00', () => {
    expect(localHoursOf('2026-03-29')).toEqual([0, 1, ...HOURS.slice(3)]);
  });

  it('gives 2026-10-25 25 hours, with 02:00 twice', () => {
    expect(localHoursOf('2026-10-25')).toEqual([0, 1, 2, 2, ...HOURS.slice(3)]);
  });

  it('gives an ordinary day 24 hours', () => {
    expect(localHoursOf('2026-03-28')).toEqual(HOURS);
    expect(localHoursOf('2026-10-26')).toEqual(HOURS);
  });

  it('throws a RangeError for an invalid Date', () => {
    expect(() => madridLocalParts(new Date('not a date'))).toThrow(RangeError);
  });

  it('reuses one Intl.DateTimeFormat', () => {
    madridLocalParts(at('2026-01-01T00:00:00Z'));
    const constructor = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      for (let hour = 0; hour < 100; hour++) madridLocalParts(new Date(Date.UTC(2026, 0, 1, hour)));
      expect(constructor).not.toHaveBeenCalled();
    } finally {
      constructor.mockRestore();
    }
  });
});
