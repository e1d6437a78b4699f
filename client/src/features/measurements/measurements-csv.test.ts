import { describe, expect, it } from 'vitest';
import { measurementsCsv, type CsvLabels } from './measurements-csv.js';

const labels: CsvLabels = { header: ['CUPS', 'Inicio', 'UTC', 'kWh', 'Estimada'], yes: 'sí', no: 'no' };
const CUPS = 'ES0021000000000001AB';
const buckets = [
  // The repeated October hour: same wall-clock time, told apart by the offset.
  { start: Date.parse('2026-10-25T00:00:00Z'), point: { start: '2026-10-25T00:00:00Z', kWh: '1.250', estimated: false, estimatedKWh: '0.000', intervals: 1 } },
  { start: Date.parse('2026-10-25T01:00:00Z'), point: { start: '2026-10-25T01:00:00Z', kWh: '0.5', estimated: true, estimatedKWh: '0.5', intervals: 1 } },
  { start: Date.parse('2026-10-25T02:00:00Z'), point: null },
];

describe('measurementsCsv', () => {
  it('writes a row per bucket with the Madrid start, its offset and the API decimals with a decimal comma', () => {
    expect(measurementsCsv(CUPS, buckets, labels, 'spreadsheet')).toBe(
      '\uFEFFCUPS;Inicio;UTC;kWh;Estimada\r\n' +
        `${CUPS};2026-10-25 02:00;+02:00;1,250;no\r\n` +
        `${CUPS};2026-10-25 02:00;+01:00;0,5;sí\r\n` +
        `${CUPS};2026-10-25 03:00;+01:00;;\r\n`,
    );
  });

  it('writes , and decimal points in the machine form', () => {
    expect(measurementsCsv(CUPS, buckets.slice(0, 1), labels, 'machine')).toBe(`\uFEFFCUPS,Inicio,UTC,kWh,Estimada\r\n${CUPS},2026-10-25 02:00,+02:00,1.250,no\r\n`);
  });

  it('is the header alone for no buckets', () => {
    expect(measurementsCsv(CUPS, [], labels, 'spreadsheet')).toBe('\uFEFFCUPS;Inicio;UTC;kWh;Estimada\r\n');
  });
});
