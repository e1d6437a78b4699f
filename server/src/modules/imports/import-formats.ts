import { parseCups } from '@portal/shared';
import { escapeControls } from '../../core/forbidden-characters.js';
import {
  clockEndHour,
  CURVE_FORMATS,
  detectCurveFormat,
  CURVE_FORMAT_NAMES,
  KNOWN_CURVE_FORMATS,
  localStartInstant,
  seasonOffsetMinutes,
  splitTimestamp,
  wattHoursToKwh,
  type CurveColumn,
  type CurveFormatSpec,
} from './curve-formats.js';
import { HOUR_MS, ImportCalendar, isoDate, type ImportDay } from './import-calendar.js';

/**
 * The file formats imported, as pure line parsers: no I/O, no database. The import session
 * (import-session.ts) feeds them one line at a time while the upload streams in, resolves CUPS and
 * detects duplicates, and COPYs what they return.
 *
 * - curves (kinds CNMC and DATADIS): the format is detected from the header, whichever curve kind
 *   the upload chose: CNMC, Datadis, e-distribución or i-DE (curve-formats.ts describes each);
 * - OMIE `marginalpdbc`: `MARGINALPDBC;`, rows `year;month;day;period;price_PT;price_ES;`, a
 *   closing `*`; hourly periods until 30 September 2025, quarter-hours from 1 October 2025.
 *
 * Curve columns are found by their header names (any case, any order), and dates in either style
 * (`dd/mm/yyyy`, `yyyy/mm/dd`, also with `-`).
 */

export const ImportKind = { CNMC: 'CNMC', DATADIS: 'DATADIS', OMIE: 'OMIE' } as const;
export type ImportKind = (typeof ImportKind)[keyof typeof ImportKind];
export const IMPORT_KINDS: readonly ImportKind[] = Object.values(ImportKind);

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** Why a line (or the file) was rejected; the SPA translates these. */
export const ImportErrorReason = {
  /** The first line is not this format's header. */
  BAD_HEADER: 'BAD_HEADER',
  /** The file has no data lines. */
  EMPTY_FILE: 'EMPTY_FILE',
  /** Fewer cells than the header names. */
  MISSING_COLUMNS: 'MISSING_COLUMNS',
  BAD_CUPS: 'BAD_CUPS',
  UNKNOWN_CUPS: 'UNKNOWN_CUPS',
  BAD_DATE: 'BAD_DATE',
  BAD_HOUR: 'BAD_HOUR',
  /** A well-formed hour or period that the day does not have (24 on a 23-hour day…). */
  HOUR_OUT_OF_RANGE: 'HOUR_OUT_OF_RANGE',
  BAD_NUMBER: 'BAD_NUMBER',
  NEGATIVE_NUMBER: 'NEGATIVE_NUMBER',
  BAD_METHOD: 'BAD_METHOD',
  /** Same CUPS and interval (or same price interval) as an earlier line of the file. */
  DUPLICATE_ROW: 'DUPLICATE_ROW',
  /** OMIE: the closing `*` line is missing (the file looks truncated). */
  MISSING_END: 'MISSING_END',
  /** OMIE: something after the closing `*`. */
  AFTER_END: 'AFTER_END',
  /** A line longer than any line of these formats (line-splitter.ts): the file is refused; the value is the maximum. */
  LINE_TOO_LONG: 'LINE_TOO_LONG',
} as const;
export type ImportErrorReason = (typeof ImportErrorReason)[keyof typeof ImportErrorReason];

/** Errors that concern the whole file: nothing is imported, whatever the mode. */
export const FILE_ERRORS: readonly ImportErrorReason[] = ['BAD_HEADER', 'EMPTY_FILE', 'MISSING_END', 'LINE_TOO_LONG'];

export type ImportRowError = {
  /** 1-based line of the file. */
  line: number;
  /** The column's name as the format calls it; null for the whole line or file. */
  column: string | null;
  reason: ImportErrorReason;
  /** The offending text (cut to 60 characters), or a detail such as the first line of a duplicate. */
  value: string | null;
};

export type CurveRow = {
  /** As written in the file, trimmed and upper-cased; the session resolves it. */
  cups: string;
  startMs: number;
  intervalMinutes: number;
  /** Plain decimal text with a dot, ready for COPY. */
  kwh: string;
  estimated: boolean;
  surplusKwh: string | null;
  generatedKwh: string | null;
  selfConsumedKwh: string | null;
};

export type PriceRow = {
  startMs: number;
  intervalMinutes: number;
  pricePt: string;
  priceEs: string;
};

/** A line parser: `header` gets the first non-empty line, `row` every later one, `end` the line count. */
export interface FormatParser<Row> {
  header(text: string, line: number): ImportRowError | null;
  /** The row, or null after pushing its errors into `errors` (also null for lines that carry no row). */
  row(text: string, line: number, errors: ImportRowError[]): Row | null;
  end(lastLine: number): ImportRowError | null;
}

const MAX_VALUE_LENGTH = 60;

// Control characters (NUL above all: PostgreSQL refuses it in text and jsonb) shown as \uXXXX.

/** The offending text as an error shows it: cut to 60 characters, control characters escaped. */
function shown(value: string): string {
  const cut = value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
  return escapeControls(cut);
}

// ---------------------------------------------------------------------------------------------
// Cells

/** A cell without surrounding spaces and double quotes (spreadsheets add both). */
export function cleanCell(cell: string): string {
  if (cell.length === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  if (first > 32 && first !== 34 && last > 32 && last !== 34) return cell;
  let clean = cell.trim();
  if (clean.length >= 2 && clean.startsWith('"') && clean.endsWith('"')) clean = clean.slice(1, -1).trim();
  return clean;
}

/**
 * A decimal in Spanish (`1,5`) or dot (`1.5`) notation as plain text with a dot, or null. No
 * thousands separators (a number with both `.` and `,` is refused); at most `maxIntegerDigits`
 * digits before the separator and 6 after (the column type rounds the rest).
 */
export function decimalText(raw: string, options: { allowNegative: boolean; maxIntegerDigits: number }): string | null | 'NEGATIVE' {
  const length = raw.length;
  if (length === 0) return null;
  let index = 0;
  let negative = false;
  if (raw.charCodeAt(0) === 45 /* - */) {
    negative = true;
    index = 1;
  }
  let integerDigits = 0;
  let fractionDigits = -1; // -1: no separator seen
  let separator = -1;
  for (; index < length; index++) {
    const code = raw.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      if (fractionDigits >= 0) fractionDigits++;
      else integerDigits++;
    } else if ((code === 44 || code === 46) && fractionDigits < 0) {
      separator = index;
      fractionDigits = 0;
    } else {
      return null;
    }
  }
  if (integerDigits === 0 || integerDigits > options.maxIntegerDigits || fractionDigits === 0 || fractionDigits > 6) return null;
  if (negative && !options.allowNegative) {
    // "-0" and "-0,000" are zero, not negative.
    return /[1-9]/.test(raw) ? 'NEGATIVE' : separator < 0 ? '0' : `0.${'0'.repeat(fractionDigits)}`;
  }
  if (separator >= 0 && raw.charCodeAt(separator) === 44) return `${raw.slice(0, separator)}.${raw.slice(separator + 1)}`;
  return raw;
}

/** `dd/mm/yyyy` or `yyyy/mm/dd` (also with `-` or `.`) to 'YYYY-MM-DD', or null when it is no real date. */
export function parseFileDate(raw: string): string | null {
  const match = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(raw);
  if (!match) return null;
  const [first, second, third] = [match[1]!, match[2]!, match[3]!];
  if (first.length === 4 && third.length <= 2) return isoDate(Number(first), Number(second), Number(third));
  if (third.length === 4 && first.length <= 2) return isoDate(Number(third), Number(second), Number(first));
  return null;
}

/** `3`, `03`, `3:00`, `03:00` to 3; null for anything else (minutes other than 00, letters). */
export function parseHourNumber(raw: string): number | null {
  // By hand: this runs once per row.
  const length = raw.length;
  let digits = 0;
  let value = 0;
  while (digits < length && digits < 2) {
    const code = raw.charCodeAt(digits);
    if (code < 48 || code > 57) break;
    value = value * 10 + (code - 48);
    digits++;
  }
  if (digits === 0) return null;
  if (digits === length) return value;
  const rest = raw.slice(digits);
  return rest === ':00' || rest === ':00:00' ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Curves (CNMC, Datadis, e-distribución, i-DE: curve-formats.ts)

export type { CurveColumn } from './curve-formats.js';

/**
 * Where a curve file's header put each column (curve-fast-parser.ts reads rows by it);
 * `clockEnd`: hours are Datadis end-of-hour labels, which differ from positions on DST days.
 */
export type CurveLayout = { separator: number; index: Readonly<Partial<Record<CurveColumn, number>>>; minCells: number; clockEnd: boolean };

/** The shape of a CUPS (upper case); parseCups also checks its control letters. */
export const CUPS_PATTERN = /^ES[0-9A-Z]{18,20}$/;

const OPTIONAL_ENERGY = new Set(['', 'null', 'NULL', '-']);

const KWH = { allowNegative: false, maxIntegerDigits: 9 } as const;
const WH = { allowNegative: false, maxIntegerDigits: 12 } as const;

export class CurveParser implements FormatParser<CurveRow> {
  private separator = ';';
  private index: Partial<Record<CurveColumn, number>> = {};
  private readonly names: Partial<Record<CurveColumn, string>> = {};
  private minCells = 0;
  private spec: CurveFormatSpec | null = null;
  private readonly calendar: ImportCalendar;
  private lastDateText = '';
  private lastDay: ImportDay | null = null;
  private lastCupsCell = '\u0000';
  private lastCups = '';
  private lastCupsValid = false;
  /** Datadis: CUPS and autumn day pairs whose first `3:00` was read (the next is the CET hour). */
  private readonly autumnThrees = new Set<string>();

  constructor(
    /** The curve kind the upload chose: read a header that fits both CNMC and Datadis as this one. */
    readonly kind: 'CNMC' | 'DATADIS',
    calendar: ImportCalendar = new ImportCalendar(),
  ) {
    this.calendar = calendar;
  }

  header(text: string, line: number): ImportRowError | null {
    this.separator = text.includes(';') ? ';' : ',';
    const raw = text.split(this.separator).map(cleanCell);
    const cells = raw.map((cell) => cell.toLowerCase());
    const format = detectCurveFormat(cells, this.kind);
    if (!format) return { line, column: null, reason: 'BAD_HEADER', value: KNOWN_CURVE_FORMATS };
    const spec = CURVE_FORMATS[format];
    for (const [column, names] of Object.entries(spec.headers) as [CurveColumn, string[]][]) {
      const at = cells.findIndex((cell) => names.some((name) => name.toLowerCase() === cell));
      // Name the column in errors as this file does.
      if (at >= 0) {
        this.index[column] = at;
        this.names[column] = raw[at]!;
      }
    }
    const missing = spec.required.filter((column) => this.index[column] === undefined);
    if (missing.length > 0) {
      // The format the header looked like, and the columns it lacks for it.
      const expected = spec.required.map((column) => spec.headers[column]![0]).join(';');
      return { line, column: null, reason: 'BAD_HEADER', value: shown(`${CURVE_FORMAT_NAMES[format]}: ${expected}`) };
    }
    this.spec = spec;
    this.minCells = Math.max(...spec.required.map((column) => this.index[column]!)) + 1;
    return null;
  }

  row(text: string, line: number, errors: ImportRowError[]): CurveRow | null {
    const cells = text.split(this.separator);
    if (cells.length < this.minCells) {
      errors.push({ line, column: null, reason: 'MISSING_COLUMNS', value: shown(text) });
      return null;
    }
    const before = errors.length;
    const index = this.index;
    const spec = this.spec!;

    // Files come sorted by CUPS: the same cell as the previous row needs no second look.
    const cupsCell = cells[index.cups!]!;
    if (cupsCell !== this.lastCupsCell) {
      this.lastCupsCell = cupsCell;
      this.lastCups = cleanCell(cupsCell).toUpperCase();
      this.lastCupsValid = parseCups(this.lastCups).ok;
    }
    const cups = this.lastCups;
    if (!this.lastCupsValid) errors.push({ line, column: this.names.cups!, reason: 'BAD_CUPS', value: shown(cups) });

    const startMs = spec.hours === 'localStart' ? this.localStart(cells, line, errors) : this.numberedHour(cells, cups, line, errors);

    const kwh = this.energy(cells, 'kwh', line, errors);

    let estimated = false;
    if (index.method !== undefined) {
      const method = cleanCell(cells[index.method] ?? '');
      const parsed = parseMethod(method);
      if (parsed === null) errors.push({ line, column: this.names.method!, reason: 'BAD_METHOD', value: shown(method) });
      else estimated = parsed;
    }

    const surplusKwh = this.optionalEnergy(cells, 'surplus', line, errors);
    const generatedKwh = this.optionalEnergy(cells, 'generated', line, errors);
    const selfConsumedKwh = this.optionalEnergy(cells, 'selfConsumed', line, errors);

    if (errors.length > before) return null;
    return { cups, startMs: startMs!, intervalMinutes: 60, kwh: kwh!, estimated, surplusKwh, generatedKwh, selfConsumedKwh };
  }

  end(): ImportRowError | null {
    return null;
  }

  /** Whether the header has a surplus, generation or self-consumption column (the writer then stores them). */
  get hasSolarColumns(): boolean {
    return this.index.surplus !== undefined || this.index.generated !== undefined || this.index.selfConsumed !== undefined;
  }

  /** The columns found by `header`, when the fast path can read this format's rows (null otherwise). */
  get layout(): CurveLayout | null {
    if (!this.spec || this.spec.hours === 'localStart' || this.spec.wattHours) return null;
    return { separator: this.separator.charCodeAt(0), index: this.index, minCells: this.minCells, clockEnd: this.spec.hours === 'clockEnd' };
  }

  /** How this file names its CUPS and hour columns (for errors found outside the parser). */
  get cupsColumn(): string {
    return this.names.cups!;
  }

  get hourColumn(): string {
    return (this.names.hour ?? this.names.timestamp)!;
  }

  private day(column: CurveColumn, dateText: string, line: number, errors: ImportRowError[]): ImportDay | null {
    if (dateText !== this.lastDateText) {
      const date = parseFileDate(dateText);
      this.lastDay = date ? this.calendar.day(date) : null;
      this.lastDateText = dateText;
    }
    if (!this.lastDay) errors.push({ line, column: this.names[column]!, reason: 'BAD_DATE', value: shown(dateText) });
    return this.lastDay;
  }

  /** CNMC and e-distribución hours (positions in the day) and Datadis labels (ends of hours). */
  private numberedHour(cells: string[], cups: string, line: number, errors: ImportRowError[]): number | null {
    const day = this.day('date', cleanCell(cells[this.index.date!]!), line, errors);
    const hourText = cleanCell(cells[this.index.hour!]!);
    const label = parseHourNumber(hourText);
    if (label === null) {
      errors.push({ line, column: this.names.hour!, reason: 'BAD_HOUR', value: shown(hourText) });
      return null;
    }
    let hour: number | null = label;
    if (this.spec!.hours === 'clockEnd') {
      let repeat = false;
      if (day?.hours === 25 && label === 3) {
        const key = `${cups}|${day.date}`;
        repeat = this.autumnThrees.has(key);
        this.autumnThrees.add(key);
      }
      hour = day ? clockEndHour(label, day, repeat) : label >= 1 && label <= 24 ? label : null;
    } else if (label < 1 || label > (day?.hours ?? 25)) {
      hour = null;
    }
    if (hour === null) errors.push({ line, column: this.names.hour!, reason: 'HOUR_OUT_OF_RANGE', value: shown(hourText) });
    return day && hour !== null ? day.midnightMs + (hour - 1) * HOUR_MS : null;
  }

  /** i-DE: a local start time and the season marker that fixes its offset. */
  private localStart(cells: string[], line: number, errors: ImportRowError[]): number | null {
    const text = cleanCell(cells[this.index.timestamp!]!);
    const stamp = splitTimestamp(text);
    if (!stamp) {
      errors.push({ line, column: this.names.timestamp!, reason: 'BAD_HOUR', value: shown(text) });
      return null;
    }
    const day = this.day('timestamp', stamp.date, line, errors);
    const seasonText = cleanCell(cells[this.index.season!]!);
    const offset = seasonOffsetMinutes(seasonText);
    if (offset === null) errors.push({ line, column: this.names.season!, reason: 'BAD_HOUR', value: shown(seasonText) });
    if (stamp.minutes % 60 !== 0) {
      errors.push({ line, column: this.names.timestamp!, reason: 'BAD_HOUR', value: shown(text) });
      return null;
    }
    if (!day || offset === null) return null;
    const startMs = localStartInstant(day, stamp.minutes, offset);
    if (typeof startMs === 'number') return startMs;
    if (startMs === 'SEASON') errors.push({ line, column: this.names.season!, reason: 'HOUR_OUT_OF_RANGE', value: shown(seasonText) });
    else errors.push({ line, column: this.names.timestamp!, reason: 'HOUR_OUT_OF_RANGE', value: shown(text) });
    return null;
  }

  /** An energy cell in kWh text (Wh converted), or null after pushing its error. */
  private energy(cells: string[], column: CurveColumn, line: number, errors: ImportRowError[]): string | null {
    const text = cleanCell(cells[this.index[column]!] ?? '');
    const wattHours = this.spec!.wattHours;
    const value = decimalText(text, wattHours ? WH : KWH);
    const kwh = value === null || value === 'NEGATIVE' || !wattHours ? value : wattHoursToKwh(value);
    if (kwh === null) errors.push({ line, column: this.names[column]!, reason: 'BAD_NUMBER', value: shown(text) });
    else if (kwh === 'NEGATIVE') errors.push({ line, column: this.names[column]!, reason: 'NEGATIVE_NUMBER', value: shown(text) });
    else return kwh;
    return null;
  }

  private optionalEnergy(cells: string[], column: CurveColumn, line: number, errors: ImportRowError[]): string | null {
    const at = this.index[column];
    if (at === undefined || OPTIONAL_ENERGY.has(cleanCell(cells[at] ?? ''))) return null;
    return this.energy(cells, column, line, errors);
  }
}

/** R/E (CNMC), Real/Estimada (Datadis): estimated or not; empty counts as real; null: unknown. */
export function parseMethod(raw: string): boolean | null {
  switch (raw.toUpperCase()) {
    case 'R':
    case 'REAL':
    case '':
      return false;
    case 'E':
    case 'ESTIMADA':
    case 'ESTIMADO':
      return true;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// OMIE marginalpdbc

/** The first delivery day of OMIE's 15-minute market time unit. */
export const OMIE_QUARTER_HOURS_FROM = '2025-10-01';
const OMIE_COLUMNS = ['year', 'month', 'day', 'period', 'price_PT', 'price_ES'] as const;
const PRICE = { allowNegative: true, maxIntegerDigits: 8 } as const;

export class OmieParser implements FormatParser<PriceRow> {
  private ended = false;
  private endLine = 0;
  private readonly calendar: ImportCalendar;

  constructor(calendar: ImportCalendar = new ImportCalendar()) {
    this.calendar = calendar;
  }

  header(text: string, line: number): ImportRowError | null {
    return /^MARGINALPDBC;?$/i.test(text.trim()) ? null : { line, column: null, reason: 'BAD_HEADER', value: 'MARGINALPDBC;' };
  }

  row(text: string, line: number, errors: ImportRowError[]): PriceRow | null {
    if (this.ended) {
      errors.push({ line, column: null, reason: 'AFTER_END', value: shown(text) });
      return null;
    }
    if (text.trim() === '*') {
      this.ended = true;
      this.endLine = line;
      return null;
    }
    const cells = text.split(';');
    // Every row ends with ';': six values and an empty seventh cell.
    if (cells.length < 6) {
      errors.push({ line, column: null, reason: 'MISSING_COLUMNS', value: shown(text) });
      return null;
    }
    const before = errors.length;
    const [yearText, monthText, dayText, periodText, ptText, esText] = cells.map(cleanCell) as [string, string, string, string, string, string];
    const date = /^\d{4}$/.test(yearText) && /^\d{1,2}$/.test(monthText) && /^\d{1,2}$/.test(dayText)
      ? isoDate(Number(yearText), Number(monthText), Number(dayText))
      : null;
    if (!date) errors.push({ line, column: 'day', reason: 'BAD_DATE', value: shown(`${yearText};${monthText};${dayText}`) });
    const day = date ? this.calendar.day(date) : null;
    const intervalMinutes = date && date >= OMIE_QUARTER_HOURS_FROM ? 15 : 60;
    const periods = day ? (day.hours * 60) / intervalMinutes : 100;

    const period = /^\d{1,3}$/.test(periodText) ? Number(periodText) : null;
    if (period === null) errors.push({ line, column: OMIE_COLUMNS[3], reason: 'BAD_HOUR', value: shown(periodText) });
    else if (period < 1 || period > periods) errors.push({ line, column: OMIE_COLUMNS[3], reason: 'HOUR_OUT_OF_RANGE', value: shown(periodText) });

    const pricePt = decimalText(ptText, PRICE);
    if (pricePt === null || pricePt === 'NEGATIVE') errors.push({ line, column: OMIE_COLUMNS[4], reason: 'BAD_NUMBER', value: shown(ptText) });
    const priceEs = decimalText(esText, PRICE);
    if (priceEs === null || priceEs === 'NEGATIVE') errors.push({ line, column: OMIE_COLUMNS[5], reason: 'BAD_NUMBER', value: shown(esText) });

    if (errors.length > before) return null;
    return {
      startMs: day!.midnightMs + (period! - 1) * intervalMinutes * 60_000,
      intervalMinutes,
      pricePt: pricePt as string,
      priceEs: priceEs as string,
    };
  }

  end(lastLine: number): ImportRowError | null {
    return this.ended ? null : { line: lastLine + 1, column: null, reason: 'MISSING_END', value: '*' };
  }

  get closingLine(): number {
    return this.endLine;
  }
}

export function formatParser(kind: ImportKind, calendar?: ImportCalendar): FormatParser<CurveRow> | FormatParser<PriceRow> {
  return kind === 'OMIE' ? new OmieParser(calendar) : new CurveParser(kind, calendar);
}

// ---------------------------------------------------------------------------------------------
// Duplicates

/**
 * Remembers which line first gave each (series, interval start) so a repeated one is reported
 * with that line. Rows of a series mostly come in time order: those are appended to two typed
 * arrays per series (minutes since the epoch, line), and only a row at or before the series'
 * latest start needs a look back (a binary search, then a map of the out-of-order ones). No
 * object or map entry per row.
 */
export class DuplicateDetector {
  private readonly seen: SeriesSeen[] = [];

  /** The earlier line with the same key, or null (and the key is remembered with `line`). */
  check(series: number, startMs: number, line: number): number | null {
    const minute = Math.floor(startMs / 60_000);
    let seen = this.seen[series];
    if (!seen) {
      seen = { minutes: new Int32Array(1024), lines: new Int32Array(1024), length: 0, outOfOrder: null };
      this.seen[series] = seen;
    }
    const length = seen.length;
    if (length === 0 || minute > seen.minutes[length - 1]!) {
      if (length === seen.minutes.length) {
        seen.minutes = grow(seen.minutes);
        seen.lines = grow(seen.lines);
      }
      seen.minutes[length] = minute;
      seen.lines[length] = line;
      seen.length = length + 1;
      return null;
    }
    // Every key appended later is larger than every out-of-order one: the two never share a key.
    const at = binarySearch(seen.minutes, length, minute);
    if (at >= 0) return seen.lines[at]!;
    seen.outOfOrder ??= new Map();
    const earlier = seen.outOfOrder.get(minute);
    if (earlier !== undefined) return earlier;
    seen.outOfOrder.set(minute, line);
    return null;
  }
}

type SeriesSeen = { minutes: Int32Array; lines: Int32Array; length: number; outOfOrder: Map<number, number> | null };

function grow(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** The index of `value` in the sorted first `length` entries of `sorted`, or -1. */
function binarySearch(sorted: Int32Array, length: number, value: number): number {
  let low = 0;
  let high = length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
