import { HOUR_MS, type ImportDay } from './import-calendar.js';

/**
 * The hourly curve files Spanish customers download, told apart by their header (one place:
 * detectCurveFormat), and how each names its intervals. Every format gives, per row, the UTC
 * start of one hour plus consumption, surplus, generated and self-consumed energy in kWh:
 *
 * - CNMC (`CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion`): `Hora` counts the day's hours 1..23/24/25
 *   in order (elapsed time from local midnight, import-calendar.ts); consumption only.
 * - Datadis (`cups;fecha;hora;consumo_kWh;metodoObtencion[;energiaVertida_kWh;energiaGenerada_kWh;
 *   energiaAutoconsumida_kWh]`): `hora` is the wall-clock label of the hour's END, `1:00`…`24:00`
 *   (or `24:00:00`). The spring day has no `3:00` (23 rows); on the autumn day `3:00` comes twice,
 *   first the CEST hour, then the CET one (25 rows). consumo → consumption, energiaVertida →
 *   surplus, energiaGenerada → generated, energiaAutoconsumida → self-consumed.
 * - e-distribución (`CUPS;Fecha;Hora;AE_kWh;AS_KWh;AE_AUTOCONS_kWh;REAL/ESTIMADO`, names in any
 *   case): `Hora` 1..24, 23 on the spring day and 25 on the autumn day, counted like CNMC. AE →
 *   consumption, AS → surplus, AE_AUTOCONS → self-consumed; no generation column.
 * - i-DE (`CUPS;FECHA-HORA;INV / VER;PERIODO TARIFARIO;CONSUMO Wh;GENERACION Wh`, maybe without the
 *   period, with `YYYY/MM/DD` dates or a trailing `;`): `FECHA-HORA` is the local START of the
 *   hour, `INV / VER` says which UTC offset it is in (INV or 0: winter, CET +01:00; VER or 1:
 *   summer, CEST +02:00), which tells the two autumn 02:00 hours apart. Values in Wh. CONSUMO →
 *   consumption; GENERACION is what the distributor's meter saw leave the home, i.e. the surplus
 *   (the meter never sees total generation). The tariff period is not stored (it follows from the
 *   instant).
 */

export const CurveFormat = { CNMC: 'CNMC', DATADIS: 'DATADIS', EDISTRIBUCION: 'EDISTRIBUCION', IDE: 'IDE' } as const;
export type CurveFormat = (typeof CurveFormat)[keyof typeof CurveFormat];

/** How formats are named to people, in errors about the header. */
export const CURVE_FORMAT_NAMES: Record<CurveFormat, string> = { CNMC: 'CNMC', DATADIS: 'Datadis', EDISTRIBUCION: 'e-distribución', IDE: 'i-DE' };
export const KNOWN_CURVE_FORMATS = Object.values(CURVE_FORMAT_NAMES).join(', ');

export type CurveColumn = 'cups' | 'date' | 'hour' | 'timestamp' | 'season' | 'kwh' | 'method' | 'surplus' | 'generated' | 'selfConsumed';

/** How a format's rows say which hour they are. */
export type HourStyle = 'elapsed' | 'clockEnd' | 'localStart';

export type CurveFormatSpec = {
  /** Header names per column (compared in lower case); the first is how errors name a missing one. */
  headers: Partial<Record<CurveColumn, string[]>>;
  required: readonly CurveColumn[];
  hours: HourStyle;
  /** Energy cells are Wh (else kWh). */
  wattHours: boolean;
};

const SOLAR = {
  surplus: ['energiaVertida_kWh'],
  generated: ['energiaGenerada_kWh'],
  selfConsumed: ['energiaAutoconsumida_kWh'],
};

export const CURVE_FORMATS: Record<CurveFormat, CurveFormatSpec> = {
  CNMC: {
    headers: { cups: ['CUPS'], date: ['Fecha'], hour: ['Hora'], kwh: ['Consumo_kWh'], method: ['Metodo_obtencion', 'Método_obtención'], ...SOLAR },
    required: ['cups', 'date', 'hour', 'kwh'],
    hours: 'elapsed',
    wattHours: false,
  },
  DATADIS: {
    headers: { cups: ['cups'], date: ['fecha'], hour: ['hora'], kwh: ['consumo_kWh'], method: ['metodoObtencion', 'Metodo_obtencion'], ...SOLAR },
    required: ['cups', 'date', 'hour', 'kwh'],
    hours: 'clockEnd',
    wattHours: false,
  },
  EDISTRIBUCION: {
    headers: {
      cups: ['CUPS'],
      date: ['Fecha'],
      hour: ['Hora'],
      kwh: ['AE_kWh'],
      surplus: ['AS_kWh'],
      selfConsumed: ['AE_AUTOCONS_kWh'],
      method: ['REAL/ESTIMADO'],
    },
    required: ['cups', 'date', 'hour', 'kwh'],
    hours: 'elapsed',
    wattHours: false,
  },
  IDE: {
    headers: { cups: ['CUPS'], timestamp: ['FECHA-HORA'], season: ['INV / VER', 'INV/VER'], kwh: ['CONSUMO Wh'], surplus: ['GENERACION Wh', 'GENERACIÓN Wh'] },
    required: ['cups', 'timestamp', 'season', 'kwh'],
    hours: 'localStart',
    wattHours: true,
  },
};

/**
 * The format of a curve file from its header cells (trimmed, lower case), or null. The CNMC and
 * Datadis headers differ only in the method column's spelling; a header with neither is read as
 * `preferred` (the curve kind the upload chose).
 */
export function detectCurveFormat(cells: readonly string[], preferred: 'CNMC' | 'DATADIS'): CurveFormat | null {
  const has = (name: string) => cells.includes(name);
  if (has('fecha-hora')) return 'IDE';
  if (has('ae_kwh')) return 'EDISTRIBUCION';
  if (!has('consumo_kwh')) return null;
  if (has('metodoobtencion')) return 'DATADIS';
  if (has('metodo_obtencion') || has('método_obtención')) return 'CNMC';
  return preferred;
}

/**
 * A Datadis hour-end label (1..24) as the hour's position in the day (1..day.hours), or null when
 * the day has no such label. `repeat` says this is the second `3:00` of an autumn day.
 */
export function clockEndHour(label: number, day: ImportDay, repeat: boolean): number | null {
  if (label < 1 || label > 24) return null;
  // The clocks change at 01:00 UTC, i.e. at local 02:00 (spring) and 03:00 CEST (autumn).
  if (day.hours === 23) return label === 3 ? null : label > 3 ? label - 1 : label;
  if (day.hours === 25) return label > 3 || (label === 3 && repeat) ? label + 1 : label;
  return label;
}

/** Wall-clock `dd/mm/yyyy HH:MM[:SS]` or `yyyy/mm/dd HH:MM[:SS]`, split into date text and minutes of the day. */
export function splitTimestamp(raw: string): { date: string; minutes: number } | null {
  const match = /^(\S+)\s+(\d{1,2}):(\d{2})(?::00)?$/.exec(raw);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 23 || minutes > 59) return null;
  return { date: match[1]!, minutes: hours * 60 + minutes };
}

/** `INV`/`0` winter (+1 h), `VER`/`1` summer (+2 h), in minutes; null for anything else. */
export function seasonOffsetMinutes(raw: string): number | null {
  switch (raw.toUpperCase()) {
    case 'INV':
    case '0':
      return 60;
    case 'VER':
    case '1':
      return 120;
    default:
      return null;
  }
}

/** Madrid's UTC offset (minutes) at `ms`, an instant inside `day`: it changes at 01:00 UTC on the two DST days. */
function madridOffsetAt(day: ImportDay, ms: number): number {
  const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, date);
  const atMidnight = (utcMidnight - day.midnightMs) / 60_000;
  if (day.hours === 24 || ms < utcMidnight + HOUR_MS) return atMidnight;
  return atMidnight + (day.hours === 23 ? 60 : -60);
}

/**
 * The UTC instant of a local start time (`minutes` after local 00:00 on `day`'s date) at the stated
 * offset; 'SEASON' when that clock time exists only at the other offset; null when it does not
 * exist that day (the spring gap).
 */
export function localStartInstant(day: ImportDay, minutes: number, offsetMinutes: number): number | 'SEASON' | null {
  const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, date) + minutes * 60_000;
  const fits = (offset: number) => {
    const ms = wall - offset * 60_000;
    return ms >= day.midnightMs && ms < day.midnightMs + day.hours * HOUR_MS && madridOffsetAt(day, ms) === offset;
  };
  if (fits(offsetMinutes)) return wall - offsetMinutes * 60_000;
  return fits(offsetMinutes === 60 ? 120 : 60) ? 'SEASON' : null;
}

/** Decimal Wh text (dot, at most 3 decimals) as kWh text: the point moved three places. */
export function wattHoursToKwh(wh: string): string | null {
  const [integer, fraction = ''] = wh.split('.') as [string, string?];
  if (fraction.length > 3) return null;
  const padded = integer.padStart(4, '0');
  return `${padded.slice(0, -3)}.${padded.slice(-3)}${fraction}`;
}
