import { describe, expect, it } from 'vitest';
import { excerpt, formattersFor } from './format.js';

// Intl puts a no-break space between amount and euro sign in Spanish.
const NBSP = '\u00a0';

describe('formattersFor', () => {
  const es = formattersFor('es');
  const en = formattersFor('en');

  it('groups thousands in both languages, four-digit numbers too', () => {
    expect(es.number('1234')).toBe('1.234');
    expect(en.number('1234')).toBe('1,234');
    expect(es.number(1234567.891, 2)).toBe('1.234.567,89');
    expect(en.number('1234.5678', 3)).toBe('1,234.568');
  });

  it('keeps a fixed count of decimals, padding and rounding', () => {
    expect(es.number('2', 2)).toBe('2,00');
    expect(es.number('2.5')).toBe('3');
    expect(en.number('0.125', 1)).toBe('0.1');
  });

  it('formats money in euros where each language puts the sign', () => {
    expect(es.money('1234.5')).toBe(`1.234,50${NBSP}€`);
    expect(en.money('1234.5')).toBe('€1,234.50');
    expect(es.money(-0.5)).toBe(`-0,50${NBSP}€`);
    expect(en.money('0')).toBe('€0.00');
  });

  it('formats energy, power, percentages and prices with their units', () => {
    expect(es.kWh('1234.567')).toBe('1.234,57 kWh');
    expect(en.kWh('1234.567', 0)).toBe('1,235 kWh');
    expect(es.kW('5.5')).toBe('5,500 kW');
    expect(es.percent('12.34')).toBe('12,3 %');
    expect(en.percent(12.34, 0)).toBe('12 %');
    expect(es.pricePerMWh('65.4')).toBe('65,40 €/MWh');
  });

  it('shows calendar dates as the day they name, whatever the zone (no UTC shift)', () => {
    expect(es.date('2026-11-22')).toBe('22/11/2026');
    expect(en.date('2026-01-01')).toBe('01/01/2026');
    expect(es.longDate('2026-01-01')).toBe('1 de enero de 2026');
    expect(en.longDate('2026-12-31')).toBe('31 December 2026');
    expect(es.month('2026-11-30')).toBe('noviembre de 2026');
    // A month ('2026-11') is read as its first day.
    expect(en.month('2026-11')).toBe('November 2026');
  });

  it('shows instants in Madrid time across the day boundary and the DST changes', () => {
    // 23:30 UTC on New Year's Eve is already the next day and year in Madrid (UTC+1).
    expect(es.dateTime('2026-12-31T23:30:00Z')).toBe('01/01/2027, 00:30');
    expect(en.dateTime('2026-07-01T22:00:00Z')).toBe('02/07/2026, 00:00');
    // Spring forward: 01:59 CET is followed by 03:00 CEST one minute later.
    expect(es.dateTime('2026-03-29T00:59:00Z')).toBe('29/03/2026, 01:59');
    expect(es.dateTime('2026-03-29T01:00:00Z')).toBe('29/03/2026, 03:00');
    // Fall back: two instants an hour apart show the same wall-clock time.
    expect(es.time('2026-10-25T00:30:00Z')).toBe('02:30');
    expect(es.time('2026-10-25T01:30:00Z')).toBe('02:30');
  });

  it('names its locale', () => {
    expect(es.locale).toBe('es-ES');
    expect(en.locale).toBe('en-GB');
  });
});

describe('excerpt', () => {
  it('keeps short text whole, on one line', () => {
    expect(excerpt('  una\n  incidencia\tcorta ', 40)).toBe('una incidencia corta');
  });

  it('cuts long text at max characters, ellipsis included, without a trailing space', () => {
    const cut = excerpt('La factura de noviembre no llega', 15);
    expect(cut).toBe('La factura de…');
    expect(cut.length).toBeLessThanOrEqual(15);
    expect(excerpt('abcdef', 6)).toBe('abcdef');
    expect(excerpt('abcdefg', 6)).toBe('abcde…');
  });
});
