import { buildCups } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { COPY_BINARY_HEADER } from './copy-binary.js';
import { CurveFastParser } from './curve-fast-parser.js';
import { ImportCalendar } from './import-calendar.js';
import { CurveParser, DuplicateDetector, type CurveRow, type ImportRowError } from './import-formats.js';
import type { SupplyPointIndex } from './curve-fast-parser.js';

/**
 * The fast path may only take rows CurveParser accepts, with the same values: every line here
 * (ordinary ones and mutations of them) is read by both, and whatever the fast path writes is
 * decoded from binary COPY and compared with CurveParser's row.
 */

const KNOWN = buildCups('0021000000000001');
const BASE = buildCups('0021000000000002');
const BORDER = `${BASE}1F`; // a 22-character CUPS whose 20-character base is known
const supplyPoints: SupplyPointIndex = new Map([
  [KNOWN, { series: 0, id: '0f3c2a1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b' }],
  [BASE, { series: 1, id: 'a1b2c3d4-e5f6-4789-8abc-def012345678' }],
]);

type Decoded = { id: string; startMs: number; intervalMinutes: number; kwh: string; estimated: boolean; energies: (string | null)[] };

function decodeNumeric(data: Buffer, at: number): string {
  const groups = data.readInt16BE(at);
  const weight = data.readInt16BE(at + 2);
  const scale = data.readInt16BE(at + 6);
  let integer = '';
  let fraction = '';
  for (let group = 0; group < groups; group++) {
    const digits = String(data.readInt16BE(at + 8 + 2 * group)).padStart(4, '0');
    if (group <= weight) integer += digits;
    else fraction += digits;
  }
  integer = integer.replace(/^0+/, '') || '0';
  return scale > 0 ? `${integer}.${fraction.padEnd(scale, '0').slice(0, scale)}` : integer;
}

function decodeRow(data: Buffer, from: number): Decoded {
  let at = from;
  expect(data.readInt16BE(at)).toBe(8);
  at += 2;
  const field = (): number | null => {
    const length = data.readInt32BE(at);
    at += 4;
    if (length < 0) return null;
    const start = at;
    at += length;
    return start;
  };
  const idStart = field()!;
  const id = data.subarray(idStart, at).toString('hex');
  const start = field()!;
  const startMs = Number(data.readBigInt64BE(start) / 1000n) + Date.UTC(2000, 0, 1);
  const intervalMinutes = data.readInt16BE(field()!);
  const kwh = decodeNumeric(data, field()!);
  const estimated = data[field()!] === 1;
  const energies = [0, 1, 2].map(() => {
    const energy = field();
    return energy === null ? null : decodeNumeric(data, energy);
  });
  return { id, startMs, intervalMinutes, kwh, estimated, energies };
}

/** CurveParser's decimal text as the numeric column holds it (leading zeros gone, its scale kept). */
const canonical = (text: string | null): string | null => {
  if (text === null) return null;
  const [integer, fraction] = text.split('.') as [string, string | undefined];
  const whole = integer.replace(/^0+/, '') || '0';
  return fraction === undefined ? whole : `${whole}.${fraction}`;
};

function expected(row: CurveRow): Decoded {
  const point = supplyPoints.get(row.cups) ?? supplyPoints.get(row.cups.slice(0, 20))!;
  return {
    id: point.id.replace(/-/g, ''),
    startMs: row.startMs,
    intervalMinutes: row.intervalMinutes,
    kwh: canonical(row.kwh)!,
    estimated: row.estimated,
    energies: [row.surplusKwh, row.generatedKwh, row.selfConsumedKwh].map(canonical),
  };
}

/** A small seeded generator: the same lines on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const CELLS = {
  cups: [KNOWN, KNOWN.toLowerCase(), BORDER, ` ${KNOWN}`, `"${KNOWN}"`, 'ES0021000000000009ZZ', 'XX0021000000000001AB', ''],
  date: ['30/03/2025', '26/10/2025', '2025/03/30', '2025-10-26', '1/2/2025', '31/02/2025', '2025.01.07', ' 07/01/2025', '07/01/25', ''],
  hour: ['1', '3', '03', '23', '24', '25', '26', '0', '03:00', '3:00:00', '03:30', '3 ', 'x', ''],
  kwh: ['0,150', '0.150', '12', '1,5', '999999999,999999', '1234567890', '-0,000', '-1,5', '1.000,5', '1,', ',5', '0,1234567', ' 1,5', ''],
  method: ['R', 'E', 'r', 'e', 'Real', 'Estimada', 'estimado', '', 'X', ' R'],
  energy: ['', '0,5', '2.25', 'null', 'NULL', '-', '-1', 'abc', '10'],
};

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)]!;
}

function compareBoth(kind: 'CNMC' | 'DATADIS', header: string, lines: string[]): { fast: number; slow: number } {
  const calendar = new ImportCalendar();
  const parser = new CurveParser(kind, calendar);
  expect(parser.header(header, 1)).toBeNull();
  let fastCount = 0;
  lines.forEach((text, index) => {
    const line = index + 2;
    const errors: ImportRowError[] = [];
    const row = parser.row(text, line, errors);
    const known = row && (supplyPoints.get(row.cups) ?? (row.cups.length === 22 ? supplyPoints.get(row.cups.slice(0, 20)) : undefined));
    // A fresh detector per line: duplicates are the session's business, tested with it.
    const fast = new CurveFastParser(parser.layout!, supplyPoints, calendar, new DuplicateDetector());
    const out = Buffer.alloc(512);
    COPY_BINARY_HEADER.copy(out);
    const bytes = Buffer.from(`#${text}#`, 'latin1');
    const end = fast.write(bytes, 1, bytes.length - 1, line, out, COPY_BINARY_HEADER.length);
    if (end < 0) return;
    fastCount++;
    // Whatever the fast path takes, CurveParser takes too, for a known supply point, with the same values.
    expect({ text, errors }).toEqual({ text, errors: [] });
    expect({ text, known: Boolean(known) }).toEqual({ text, known: true });
    expect({ text, row: decodeRow(out, COPY_BINARY_HEADER.length) }).toEqual({ text, row: expected(row!) });
    expect(fast.startMs).toBe(row!.startMs);
  });
  return { fast: fastCount, slow: lines.length - fastCount };
}

describe('the curve fast path', () => {
  it('takes ordinary CNMC rows, DST hours included, with the values CurveParser reads', () => {
    const lines = ['30/03/2025', '26/10/2025', '01/12/2025'].flatMap((date) =>
      Array.from({ length: 25 }, (_, hour) => `${KNOWN};${date};${hour + 1};${hour},${String(hour * 37).padStart(3, '0')};${hour % 3 === 0 ? 'E' : 'R'}`),
    );
    const { fast, slow } = compareBoth('CNMC', 'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion', lines);
    // Hour 24 and 25 of the 23-hour day and hour 25 of the 24-hour day are CurveParser's to refuse.
    expect({ fast, slow }).toEqual({ fast: 72, slow: 3 });
  });

  it('never takes a row CurveParser refuses or reads otherwise (4,000 mutated lines, CNMC and Datadis)', () => {
    const next = random(15);
    const cnmc = Array.from({ length: 1_000 }, () =>
      [pick(next, CELLS.cups), pick(next, CELLS.date), pick(next, CELLS.hour), pick(next, CELLS.kwh), pick(next, CELLS.method)].join(';'),
    );
    const datadis = Array.from({ length: 3_000 }, () => {
      const cells = [pick(next, CELLS.cups), pick(next, CELLS.date), pick(next, CELLS.hour), pick(next, CELLS.kwh), pick(next, CELLS.method), pick(next, CELLS.energy), pick(next, CELLS.energy), pick(next, CELLS.energy)];
      // Rows cut short: the optional columns missing.
      return cells.slice(0, next() < 0.2 ? 4 + Math.floor(next() * 4) : 8).join(';');
    });
    const a = compareBoth('CNMC', 'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion', cnmc);
    const b = compareBoth('DATADIS', 'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh', datadis);
    // Both kinds of line occur: the comparison covers rows the fast path writes (Datadis DST days go to CurveParser).
    expect(a.fast).toBeGreaterThan(20);
    expect(b.fast).toBeGreaterThan(3);
  });
});
