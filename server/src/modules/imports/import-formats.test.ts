import { buildCups } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { ImportCalendar } from './import-calendar.js';
import {
  CurveParser,
  decimalText,
  DuplicateDetector,
  OmieParser,
  parseFileDate,
  parseHourNumber,
  parseMethod,
  type ImportRowError,
} from './import-formats.js';

const CUPS = buildCups('0021000000000001');
const SOLAR_CUPS = buildCups('0031104616159079', '0F');
const KWH = { allowNegative: false, maxIntegerDigits: 9 };
const iso = (ms: number) => new Date(ms).toISOString();

describe('cells', () => {
  it('reads decimal comma and dot, refuses thousands separators and junk', () => {
    expect(decimalText('0,267', KWH)).toBe('0.267');
    expect(decimalText('12.5', KWH)).toBe('12.5');
    expect(decimalText('7', KWH)).toBe('7');
    expect(decimalText('1.234,5', KWH)).toBeNull();
    expect(decimalText('1,', KWH)).toBeNull();
    expect(decimalText(',5', KWH)).toBeNull();
    expect(decimalText('abc', KWH)).toBeNull();
    expect(decimalText('', KWH)).toBeNull();
    expect(decimalText('-1,2', KWH)).toBe('NEGATIVE');
    expect(decimalText('-0,000', KWH)).toBe('0.000');
    expect(decimalText('-1.25', { allowNegative: true, maxIntegerDigits: 8 })).toBe('-1.25');
    expect(decimalText('1234567890', KWH)).toBeNull();
  });

  it('reads both date styles and refuses impossible dates', () => {
    expect(parseFileDate('06/09/2015')).toBe('2015-09-06');
    expect(parseFileDate('2023/01/01')).toBe('2023-01-01');
    expect(parseFileDate('2023-01-31')).toBe('2023-01-31');
    expect(parseFileDate('31/02/2025')).toBeNull();
    expect(parseFileDate('2025/13/01')).toBeNull();
    expect(parseFileDate('1/2/25')).toBeNull();
  });

  it('reads hours as numbers or HH:00', () => {
    expect(parseHourNumber('1')).toBe(1);
    expect(parseHourNumber('24:00')).toBe(24);
    expect(parseHourNumber('03:00')).toBe(3);
    expect(parseHourNumber('03:15')).toBeNull();
    expect(parseHourNumber('x')).toBeNull();
  });

  it('reads the measurement method', () => {
    expect(parseMethod('R')).toBe(false);
    expect(parseMethod('E')).toBe(true);
    expect(parseMethod('Real')).toBe(false);
    expect(parseMethod('Estimada')).toBe(true);
    expect(parseMethod('X')).toBeNull();
  });
});

describe('Madrid days', () => {
  const calendar = new ImportCalendar();
  it('knows the 23-, 24- and 25-hour days', () => {
    expect(calendar.day('2025-03-30').hours).toBe(23);
    expect(calendar.day('2025-10-26').hours).toBe(25);
    expect(calendar.day('2025-06-01').hours).toBe(24);
    expect(iso(calendar.day('2025-06-01').midnightMs)).toBe('2025-05-31T22:00:00.000Z');
  });
});

function parseCurve(kind: 'CNMC' | 'DATADIS', text: string) {
  const parser = new CurveParser(kind);
  const [header, ...lines] = text.trim().split('\n');
  const headerError = parser.header(header!, 1);
  const errors: ImportRowError[] = [];
  const rows = headerError ? [] : lines.map((line, i) => parser.row(line, i + 2, errors));
  return { headerError, rows, errors };
}

describe('CNMC curves', () => {
  it('reads a row: hour ending the interval, decimal comma, estimated', () => {
    const { headerError, rows, errors } = parseCurve(
      'CNMC',
      `CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion\n${CUPS};06/09/2025;1;0,267;R\n${CUPS.toLowerCase()};06/09/2025;24;1,5;E`,
    );
    expect(headerError).toBeNull();
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ cups: CUPS, kwh: '0.267', estimated: false, intervalMinutes: 60 });
    expect(iso(rows[0]!.startMs)).toBe('2025-09-05T22:00:00.000Z');
    expect(iso(rows[1]!.startMs)).toBe('2025-09-06T21:00:00.000Z');
    expect(rows[1]!.estimated).toBe(true);
  });

  it('spring day: 23 hours, hour 3 is 03:00–04:00 CEST, hour 24 is out of range', () => {
    const lines = Array.from({ length: 24 }, (_, i) => `${CUPS};30/03/2025;${i + 1};1,000;R`);
    const { rows, errors } = parseCurve('CNMC', `CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion\n${lines.join('\n')}`);
    expect(rows.filter(Boolean)).toHaveLength(23);
    expect(errors).toEqual([{ line: 25, column: 'Hora', reason: 'HOUR_OUT_OF_RANGE', value: '24' }]);
    const starts = rows.slice(0, 23).map((row) => iso(row!.startMs));
    expect(new Set(starts).size).toBe(23);
    expect(starts[1]).toBe('2025-03-30T00:00:00.000Z'); // 01:00 CET
    expect(starts[2]).toBe('2025-03-30T01:00:00.000Z'); // 03:00 CEST
    expect(starts[22]).toBe('2025-03-30T21:00:00.000Z'); // 23:00 CEST
  });

  it('autumn day: 25 hours, local 02:00–03:00 twice as two instants', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `${CUPS};26/10/2025;${i + 1};1,000;R`);
    const { rows, errors } = parseCurve('CNMC', `CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion\n${lines.join('\n')}`);
    expect(errors).toEqual([]);
    const starts = rows.map((row) => iso(row!.startMs));
    expect(new Set(starts).size).toBe(25);
    expect(starts[2]).toBe('2025-10-26T00:00:00.000Z'); // 02:00 CEST
    expect(starts[3]).toBe('2025-10-26T01:00:00.000Z'); // 02:00 CET
    expect(starts[24]).toBe('2025-10-26T22:00:00.000Z'); // 23:00 CET
  });

  it('reports each bad cell with its column', () => {
    const { rows, errors } = parseCurve(
      'CNMC',
      [
        'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion',
        `${CUPS};31/02/2025;1;0,1;R`,
        `${CUPS};01/02/2025;x;abc;Z`,
        `${CUPS};01/02/2025;26;-1;R`,
        'XX;01/02/2025;1;1;R',
        `${CUPS};01/02/2025`,
      ].join('\n'),
    );
    expect(rows.every((row) => row === null)).toBe(true);
    expect(errors).toEqual([
      { line: 2, column: 'Fecha', reason: 'BAD_DATE', value: '31/02/2025' },
      { line: 3, column: 'Hora', reason: 'BAD_HOUR', value: 'x' },
      { line: 3, column: 'Consumo_kWh', reason: 'BAD_NUMBER', value: 'abc' },
      { line: 3, column: 'Metodo_obtencion', reason: 'BAD_METHOD', value: 'Z' },
      { line: 4, column: 'Hora', reason: 'HOUR_OUT_OF_RANGE', value: '26' },
      { line: 4, column: 'Consumo_kWh', reason: 'NEGATIVE_NUMBER', value: '-1' },
      { line: 5, column: 'CUPS', reason: 'BAD_CUPS', value: 'XX' },
      { line: 6, column: null, reason: 'MISSING_COLUMNS', value: `${CUPS};01/02/2025` },
    ]);
  });

  it('refuses a file without the CNMC columns', () => {
    expect(parseCurve('CNMC', 'a;b;c\n1;2;3').headerError).toMatchObject({ line: 1, reason: 'BAD_HEADER' });
  });
});

describe('Datadis curves', () => {
  const header = 'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh';

  it('keeps surplus, generation and self-consumption; empty ones are null', () => {
    const { rows, errors } = parseCurve(
      'DATADIS',
      `${header}\n${SOLAR_CUPS};2023/01/01;01:00;0,007;Real;0,5;1,2;0,3\n${SOLAR_CUPS};2023/01/01;24:00;0,100;Estimada;;;`,
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ kwh: '0.007', estimated: false, surplusKwh: '0.5', generatedKwh: '1.2', selfConsumedKwh: '0.3' });
    expect(rows[1]).toMatchObject({ estimated: true, surplusKwh: null, generatedKwh: null, selfConsumedKwh: null });
    expect(iso(rows[0]!.startMs)).toBe('2022-12-31T23:00:00.000Z');
  });

  it('reads hour-end labels: 24:00:00 ends the spring day, 25:00 and a spring 3:00 do not exist', () => {
    const { rows, errors } = parseCurve(
      'DATADIS',
      `${header}\n${SOLAR_CUPS};2025/03/30;24:00:00;1;Real;;;\n${SOLAR_CUPS};2025/10/26;25:00;1;Real;;;\n${SOLAR_CUPS};2025/03/30;3:00;1;Real;;;`,
    );
    expect(iso(rows[0]!.startMs)).toBe('2025-03-30T21:00:00.000Z');
    expect(errors).toEqual([
      { line: 3, column: 'hora', reason: 'HOUR_OUT_OF_RANGE', value: '25:00' },
      { line: 4, column: 'hora', reason: 'HOUR_OUT_OF_RANGE', value: '3:00' },
    ]);
  });

  it('accepts a header without the optional columns and names columns as the file does', () => {
    const { rows, errors } = parseCurve('DATADIS', `CUPS;Fecha;Hora;Consumo_kWh\n${SOLAR_CUPS};2023/01/01;01:00;x`);
    expect(rows[0]).toBeNull();
    expect(errors).toEqual([{ line: 2, column: 'Consumo_kWh', reason: 'BAD_NUMBER', value: 'x' }]);
  });
});

describe('OMIE marginalpdbc', () => {
  function parseOmie(lines: string[]) {
    const parser = new OmieParser();
    const headerError = parser.header(lines[0]!, 1);
    const errors: ImportRowError[] = [];
    const rows = lines.slice(1).map((line, i) => parser.row(line, i + 2, errors));
    return { headerError, rows, errors, end: parser.end(lines.length) };
  }

  it('hourly periods until September 2025 (23 on the spring day)', () => {
    const lines = ['MARGINALPDBC;', ...Array.from({ length: 23 }, (_, i) => `2025;03;30;${i + 1};10.5;11.25;`), '*'];
    const { headerError, rows, errors, end } = parseOmie(lines);
    expect(headerError).toBeNull();
    expect(end).toBeNull();
    expect(errors).toEqual([]);
    const prices = rows.filter(Boolean);
    expect(prices).toHaveLength(23);
    expect(prices[0]).toMatchObject({ intervalMinutes: 60, pricePt: '10.5', priceEs: '11.25' });
    expect(iso(prices[2]!.startMs)).toBe('2025-03-30T01:00:00.000Z');
  });

  it('quarter-hour periods since October 2025: 92, 96 and 100', () => {
    for (const [date, periods] of [['2026;03;29', 92], ['2025;10;01', 96], ['2025;10;26', 100]] as const) {
      const lines = ['MARGINALPDBC;', ...Array.from({ length: periods + 1 }, (_, i) => `${date};${i + 1};-0.5;1;`), '*'];
      const { rows, errors } = parseOmie(lines);
      expect(rows.filter(Boolean)).toHaveLength(periods);
      expect(errors).toEqual([{ line: periods + 2, column: 'period', reason: 'HOUR_OUT_OF_RANGE', value: String(periods + 1) }]);
      expect(rows[0]).toMatchObject({ intervalMinutes: 15, pricePt: '-0.5' });
      expect(rows[1]!.startMs - rows[0]!.startMs).toBe(15 * 60_000);
    }
  });

  it('refuses a wrong header, a missing closing star and lines after it', () => {
    expect(parseOmie(['OTHER;', '*']).headerError).toMatchObject({ reason: 'BAD_HEADER' });
    expect(parseOmie(['MARGINALPDBC;', '2025;01;01;1;1;1;']).end).toEqual({ line: 3, column: null, reason: 'MISSING_END', value: '*' });
    expect(parseOmie(['MARGINALPDBC;', '*', '2025;01;01;1;1;1;']).errors).toMatchObject([{ line: 3, reason: 'AFTER_END' }]);
  });
});

describe('duplicates', () => {
  it('names the first line of a repeated interval, per series', () => {
    const detector = new DuplicateDetector();
    expect(detector.check(1, 3_600_000, 2)).toBeNull();
    expect(detector.check(2, 3_600_000, 3)).toBeNull();
    expect(detector.check(1, 3_600_000, 4)).toBe(2);
  });
});
