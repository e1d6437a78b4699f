import { describe, expect, it } from 'vitest';
import { localHourStarts, solarProduction, yearlyProduction, type SolarFace } from './pv-production.js';
import { nearestIrradiationSite } from './spain-irradiation.js';

const SEVILLE = { lat: 37.39, lng: -5.98 };
const face = (azimuthDegrees: number, tiltDegrees: number): SolarFace => ({ peakPowerKWp: 1, azimuthDegrees, tiltDegrees });
const total = (values: ReadonlyArray<{ kWh: number }>) => values.reduce((sum, hour) => sum + hour.kWh, 0);

describe('solar production model', () => {
  const south30 = yearlyProduction(SEVILLE, [face(180, 30)], 2026);

  it('gives every local hour of the year, with 23- and 25-hour DST days', () => {
    expect(south30).toHaveLength(8760);
    expect(localHourStarts('2026-03-29', '2026-03-29')).toHaveLength(23);
    expect(localHourStarts('2026-10-25', '2026-10-25')).toHaveLength(25);
    expect(localHourStarts('2024-01-01', '2024-12-31')).toHaveLength(8784);
    expect(south30[0]!.start.toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('produces more per kWp facing south at 30° in Seville than facing east', () => {
    const east30 = total(yearlyProduction(SEVILLE, [face(90, 30)], 2026));
    // By some 9 % with the reference climate of zone B4 (1,569 against 1,437 kWh/kWp).
    expect(total(south30)).toBeGreaterThan(east30 * 1.05);
    // The usual figure for Andalusia is 1,500–1,900 kWh per kWp and year.
    expect(total(south30)).toBeGreaterThan(1500);
    expect(total(south30)).toBeLessThan(1900);
  });

  it('produces nothing at night and peaks around solar noon', () => {
    const night = localHourStarts('2026-06-21', '2026-06-21').filter((_, hour) => hour < 6 || hour >= 23);
    expect(solarProduction(SEVILLE, [face(180, 30)], night).every((kWh) => kWh === 0)).toBe(true);
    const day = solarProduction(SEVILLE, [face(180, 30)], localHourStarts('2026-06-21', '2026-06-21'));
    // Seville is at UTC+2 in summer and 6° west: solar noon is about 14:20 local.
    expect(day.indexOf(Math.max(...day))).toBeGreaterThanOrEqual(13);
    expect(day.indexOf(Math.max(...day))).toBeLessThanOrEqual(14);
  });

  it('a flat roof receives what the reference climate says, less the derates', () => {
    const reference = nearestIrradiationSite(SEVILLE.lat, SEVILLE.lng);
    expect(reference).toMatchObject({ name: 'Sevilla', climateZone: 'B4' });
    const daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const referenceKWhM2 = reference.dailyGhiKWhM2.reduce((sum, daily, month) => sum + daily * daysPerMonth[month]!, 0);
    const flat = total(yearlyProduction(SEVILLE, [face(180, 0)], 2026));
    // 1 kWp yields about its irradiation in kWh/m² × 0.91 system factor × 0.9–0.95 heat.
    expect(flat).toBeGreaterThan(referenceKWhM2 * 0.75);
    expect(flat).toBeLessThan(referenceKWhM2 * 0.92);
  });

  it('counts the repeated autumn hour twice and skips the missing spring hour', () => {
    const autumn = solarProduction(SEVILLE, [face(180, 30)], localHourStarts('2026-10-25', '2026-10-25'));
    const spring = solarProduction(SEVILLE, [face(180, 30)], localHourStarts('2026-03-29', '2026-03-29'));
    expect(autumn).toHaveLength(25);
    expect(spring).toHaveLength(23);
    // The sun rises well after the DST hour; the day's energy is there either way.
    expect(autumn.slice(0, 4).every((kWh) => kWh === 0)).toBe(true);
    expect(spring.reduce((a, b) => a + b)).toBeGreaterThan(3);
  });

  it('is deterministic and scales with the peak power', () => {
    const hours = localHourStarts('2026-05-01', '2026-05-07');
    const once = solarProduction(SEVILLE, [face(200, 25)], hours);
    expect(solarProduction(SEVILLE, [face(200, 25)], hours)).toEqual(once);
    const double = solarProduction(SEVILLE, [{ peakPowerKWp: 2, azimuthDegrees: 200, tiltDegrees: 25 }], hours);
    double.forEach((kWh, hour) => expect(kWh).toBeCloseTo(2 * once[hour]!, 9));
  });
});
