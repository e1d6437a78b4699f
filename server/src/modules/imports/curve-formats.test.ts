import { buildCups } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { detectCurveFormat } from './curve-formats.js';
import { CurveParser, type CurveRow, type ImportRowError } from './import-formats.js';

/**
 * Files written as each source writes them, for both DST days of 2024, 2025 and 2026 and an
 * ordinary day: every interval's UTC start and the day's total must come out as in the file.
 */

const CUPS = buildCups('0031104616159079', '0F');
const HOUR = 3_600_000;

/** Each test day: its local midnight in UTC (written out, not computed) and its length. */
const DAYS = [
  { date: '2024-03-31', midnight: '2024-03-30T23:00:00Z', hours: 23 },
  { date: '2024-10-27', midnight: '2024-10-26T22:00:00Z', hours: 25 },
  { date: '2025-03-30', midnight: '2025-03-29T23:00:00Z', hours: 23 },
  { date: '2025-10-26', midnight: '2025-10-25T22:00:00Z', hours: 25 },
  { date: '2026-03-29', midnight: '2026-03-28T23:00:00Z', hours: 23 },
  { date: '2026-10-25', midnight: '2026-10-24T22:00:00Z', hours: 25 },
  { date: '2026-01-15', midnight: '2026-01-14T23:00:00Z', hours: 24 },
] as const;

type Day = (typeof DAYS)[number];

const dmy = (date: string) => date.split('-').reverse().join('/');
const ymd = (date: string) => date.replaceAll('-', '/');
/** Trailing zeros dropped, decimal comma, as Datadis writes: 0,1 … 2,5. */
const spanish = (value: number) => String(value).replace('.', ',');

function parse(text: string, kind: 'CNMC' | 'DATADIS' = 'CNMC') {
  const parser = new CurveParser(kind);
  const [header, ...lines] = text.split('\n');
  const headerError = parser.header(header!, 1);
  const errors: ImportRowError[] = [];
  const rows = headerError ? [] : lines.map((line, i) => parser.row(line, i + 2, errors));
  const format = detectCurveFormat(header!.split(';').map((cell) => cell.trim().toLowerCase()), kind);
  return { format, headerError, rows, errors };
}

/** The day's hours as UTC instants in order, from its local midnight. */
function expectedStarts(day: Day): string[] {
  const midnight = Date.parse(day.midnight);
  return Array.from({ length: day.hours }, (_, i) => new Date(midnight + i * HOUR).toISOString());
}

function checkDay(rows: (CurveRow | null)[], errors: ImportRowError[], day: Day, kwh: (i: number) => number) {
  expect(errors).toEqual([]);
  expect(rows.map((row) => new Date(row!.startMs).toISOString())).toEqual(expectedStarts(day));
  const total = rows.reduce((sum, row) => sum + Number(row!.kwh), 0);
  const fileTotal = Array.from({ length: day.hours }, (_, i) => kwh(i)).reduce((a, b) => a + b, 0);
  expect(total).toBeCloseTo(fileTotal, 9);
}

/** Datadis hour-end labels: no 3:00 on the spring day, 3:00 twice on the autumn day. */
function datadisLabels(hours: number): number[] {
  const labels = Array.from({ length: 24 }, (_, i) => i + 1);
  if (hours === 23) return labels.filter((label) => label !== 3);
  if (hours === 25) return [1, 2, 3, ...labels.slice(2)];
  return labels;
}

describe('Datadis', () => {
  const solar = 'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh';
  const older = 'cups;fecha;hora;consumo_kWh;metodoObtencion';
  const kwh = (i: number) => (i + 1) / 10;

  for (const day of DAYS) {
    it(`${day.date}: ${day.hours} rows of hour-end labels, the last written 24:00:00`, () => {
      const lines = datadisLabels(day.hours).map((label, i) => {
        const hour = label === 24 ? '24:00:00' : `${label}:00`;
        return `${CUPS};${ymd(day.date)};${hour};${spanish(kwh(i))};${i % 5 === 0 ? 'Estimada' : 'Real'};0,5;1;0,25`;
      });
      const { format, rows, errors } = parse([solar, ...lines].join('\n'));
      expect(format).toBe('DATADIS');
      checkDay(rows, errors, day, kwh);
      expect(rows[0]).toMatchObject({ estimated: true, surplusKwh: '0.5', generatedKwh: '1', selfConsumedKwh: '0.25' });
      expect(rows[1]).toMatchObject({ estimated: false });
    });
  }

  it('reads the older column set (no solar columns) and 24:00 on the autumn day of 2025', () => {
    const day = DAYS[3];
    const lines = datadisLabels(25).map((label, i) => `${CUPS};${ymd(day.date)};${label}:00;${spanish(kwh(i))};Real`);
    const { rows, errors } = parse([older, ...lines].join('\n'));
    checkDay(rows, errors, day, kwh);
    expect(rows[2]!.startMs).toBe(Date.parse('2025-10-26T00:00:00Z')); // first 3:00: 02:00–03:00 CEST
    expect(rows[3]!.startMs).toBe(Date.parse('2025-10-26T01:00:00Z')); // second 3:00: 02:00–03:00 CET
    expect(rows[3]).toMatchObject({ surplusKwh: null, generatedKwh: null, selfConsumedKwh: null });
  });

  it('reads the two 3:00 of the autumn day as the CEST then the CET hour, and 4:00 after them', () => {
    const { rows, errors } = parse([older, `${CUPS};2025/10/26;3:00;1;Real`, `${CUPS};2025/10/26;3:00;1;Real`, `${CUPS};2025/10/26;4:00;1;Real`].join('\n'));
    expect(errors).toEqual([]);
    expect(rows.map((row) => new Date(row!.startMs).toISOString())).toEqual(['2025-10-26T00:00:00.000Z', '2025-10-26T01:00:00.000Z', '2025-10-26T02:00:00.000Z']);
  });
});

describe('e-distribución', () => {
  const headers = ['CUPS;Fecha;Hora;AE_kWh;AS_KWh;AE_AUTOCONS_kWh;REAL/ESTIMADO', 'CUPS;Fecha;Hora;AE_kWh;AS_kWh;AE_AUTOCONS_kwh;REAL/ESTIMADO'];
  const kwh = (i: number) => (i * 7) / 1000;

  for (const day of DAYS) {
    it(`${day.date}: Hora 1..${day.hours}`, () => {
      const lines = Array.from({ length: day.hours }, (_, i) => `${CUPS};${dmy(day.date)};${i + 1};${spanish(kwh(i))};0,2;0,1;${i === 0 ? 'E' : 'R'}`);
      const { format, rows, errors } = parse([headers[DAYS.indexOf(day) % 2], ...lines].join('\n'), 'DATADIS');
      expect(format).toBe('EDISTRIBUCION');
      checkDay(rows, errors, day, kwh);
      expect(rows[0]).toMatchObject({ estimated: true, surplusKwh: '0.2', generatedKwh: null, selfConsumedKwh: '0.1' });
    });
  }

  it('refuses Hora 24 on the spring day and names the AS column as the file does', () => {
    const { errors } = parse([headers[1], `${CUPS};31/03/2024;24;1;0,1;0;R`, `${CUPS};01/04/2024;1;1;x;0;R`].join('\n'));
    expect(errors).toEqual([
      { line: 2, column: 'Hora', reason: 'HOUR_OUT_OF_RANGE', value: '24' },
      { line: 3, column: 'AS_kWh', reason: 'BAD_NUMBER', value: 'x' },
    ]);
  });
});

describe('i-DE', () => {
  const variants = [
    { header: 'CUPS;FECHA-HORA;INV / VER;PERIODO TARIFARIO;CONSUMO Wh;GENERACION Wh', date: dmy, row: (stamp: string, season: string, wh: number) => `${CUPS};${stamp};${season};P3;${wh};5` },
    { header: 'CUPS;FECHA-HORA;INV / VER;CONSUMO Wh;GENERACION Wh;', date: ymd, row: (stamp: string, season: string, wh: number) => `${CUPS};${stamp};${season};${wh};5;` },
  ];
  const wh = (i: number) => 100 + i * 25;

  /** Local starts and season markers: the spring day skips 02:00, the autumn day has 02:00 twice. */
  function localHours(hours: number): [number, 'INV' | 'VER'][] {
    if (hours === 24) return Array.from({ length: 24 }, (_, h) => [h, 'INV']);
    if (hours === 23) return Array.from({ length: 24 }, (_, h) => h).filter((h) => h !== 2).map((h) => [h, h < 2 ? 'INV' : 'VER']);
    return [...Array.from({ length: 3 }, (_, h): [number, 'VER'] => [h, 'VER']), ...Array.from({ length: 22 }, (_, h): [number, 'INV'] => [h + 2, 'INV'])];
  }

  for (const day of DAYS) {
    it(`${day.date}: hour starts with INV / VER, in Wh`, () => {
      const variant = variants[DAYS.indexOf(day) % 2]!;
      // The second variant writes the marker as 0/1, as some exports do.
      const marker = (season: string) => (variant === variants[1] ? (season === 'VER' ? '1' : '0') : season);
      const lines = localHours(day.hours).map(([h, season], i) => variant.row(`${variant.date(day.date)} ${String(h).padStart(2, '0')}:00`, marker(season), wh(i)));
      const { format, rows, errors } = parse([variant.header, ...lines].join('\n'));
      expect(format).toBe('IDE');
      checkDay(rows, errors, day, (i) => wh(i) / 1000);
      expect(rows[0]).toMatchObject({ kwh: '0.100', surplusKwh: '0.005', generatedKwh: null, selfConsumedKwh: null });
    });
  }

  it('refuses the spring gap, a season that does not fit and an unknown marker', () => {
    const { errors } = parse(
      [variants[0]!.header, `${CUPS};30/03/2025 02:00;INV;P3;1;0`, `${CUPS};15/07/2025 10:00;INV;P3;1;0`, `${CUPS};15/07/2025 11:00;X;P3;1;0`, `${CUPS};15/07/2025 11:30;VER;P3;1;0`].join('\n'),
    );
    expect(errors).toEqual([
      { line: 2, column: 'FECHA-HORA', reason: 'HOUR_OUT_OF_RANGE', value: '30/03/2025 02:00' },
      { line: 3, column: 'INV / VER', reason: 'HOUR_OUT_OF_RANGE', value: 'INV' },
      { line: 4, column: 'INV / VER', reason: 'BAD_HOUR', value: 'X' },
      { line: 5, column: 'FECHA-HORA', reason: 'BAD_HOUR', value: '15/07/2025 11:30' },
    ]);
  });
});

describe('CNMC', () => {
  it('stays exact: Hora counts the hours of the autumn day 1..25', () => {
    const day = DAYS[1];
    const lines = Array.from({ length: 25 }, (_, i) => `${CUPS};${dmy(day.date)};${i + 1};${spanish((i + 1) / 4)};R`);
    const { format, rows, errors } = parse(['CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion', ...lines].join('\n'), 'DATADIS');
    expect(format).toBe('CNMC');
    checkDay(rows, errors, day, (i) => (i + 1) / 4);
  });
});

describe('header detection and refusals', () => {
  it('reads a header that fits both CNMC and Datadis as the kind the upload chose', () => {
    expect(parse('CUPS;Fecha;Hora;Consumo_kWh\n', 'CNMC').format).toBe('CNMC');
    expect(parse('CUPS;Fecha;Hora;Consumo_kWh\n', 'DATADIS').format).toBe('DATADIS');
  });

  it('refuses an unknown header naming the known formats', () => {
    expect(parse('fecha;valor\n').headerError).toEqual({ line: 1, column: null, reason: 'BAD_HEADER', value: 'CNMC, Datadis, e-distribución, i-DE' });
  });

  it('refuses a known format without its required columns, naming the format and its columns', () => {
    expect(parse('CUPS;FECHA-HORA;CONSUMO Wh\n').headerError).toEqual({ line: 1, column: null, reason: 'BAD_HEADER', value: 'i-DE: CUPS;FECHA-HORA;INV / VER;CONSUMO Wh' });
  });

  it('reports a CUPS whose control letters are wrong as an invalid CUPS, with line and column', () => {
    const wrong = `${CUPS.slice(0, 18)}${CUPS[18] === 'A' ? 'B' : 'A'}${CUPS.slice(19)}`;
    const { errors } = parse(`CUPS;Fecha;Hora;AE_kWh;AS_KWh;AE_AUTOCONS_kWh;REAL/ESTIMADO\n${wrong};01/04/2024;1;1;0;0;R`);
    expect(errors).toEqual([{ line: 2, column: 'CUPS', reason: 'BAD_CUPS', value: wrong }]);
  });
});
