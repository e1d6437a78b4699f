import { timestampBytes, uuidBytes, writeBoolean, writeCurveRowStart, writeNull, writeNumeric } from './copy-binary.js';
import { HOUR_MS, type ImportCalendar, type ImportDay } from './import-calendar.js';
import { CUPS_PATTERN, parseFileDate, parseMethod, type CurveLayout, type DuplicateDetector } from './import-formats.js';

/** Supply points by CUPS: the series number used for duplicate detection and the row id. */
export type SupplyPointIndex = Map<string, { series: number; id: string }>;

/**
 * The byte-level reading of an ordinary curve row, straight from the line's bytes into the binary
 * COPY row of the batch (copy-binary.ts): no string, array or object per row. It only ever accepts: anything it does
 * not recognise as a plainly valid row (spaces or quotes around a cell, a negative number, an
 * unknown CUPS, a duplicate…) answers -1, and the session gives that line to CurveParser, which
 * finds and names the error exactly as before. So a row it accepts is one CurveParser accepts,
 * with the same values (curve-fast-parser.test.ts compares the two).
 *
 * Per row it compares the CUPS and date cells with the previous row's bytes (files come sorted),
 * so decoding, CUPS lookup and calendar work happen once per supply point and day.
 */

const QUOTE = 34;
const COLON = 58;
const COMMA = 44;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const MAX_CELLS = 32;

type Point = { series: number; id: string; idBytes: Buffer };
type Day = { day: ImportDay; instants: (Buffer | undefined)[] };

export class CurveFastParser {
  /** Set by a successful `write`: the row's interval start and supply point. */
  startMs = 0;
  series = 0;
  id = '';

  private readonly cellStart = new Int32Array(MAX_CELLS);
  private readonly cellEnd = new Int32Array(MAX_CELLS);
  private readonly separator: number;
  private readonly cups: number;
  private readonly date: number;
  private readonly hour: number;
  private readonly kwh: number;
  private readonly method: number;
  private readonly energies: number[];
  private readonly minCells: number;
  /** Datadis labels: DST days are left to CurveParser, which knows their labels. */
  private readonly clockEnd: boolean;
  /** Every column this file has that a row is read from. */
  private readonly columns: number[];
  private readonly lastCups = Buffer.alloc(64);
  private lastCupsLength = -1;
  private lastPoint: Point | null = null;
  private readonly points = new Map<string, Point>();
  private readonly lastDate = Buffer.alloc(64);
  private lastDateLength = -1;
  private lastDay: Day | null = null;
  private readonly days = new Map<string, Day>();

  constructor(
    layout: CurveLayout,
    private readonly supplyPoints: SupplyPointIndex,
    private readonly calendar: ImportCalendar,
    private readonly duplicates: DuplicateDetector,
  ) {
    const { index } = layout;
    this.separator = layout.separator;
    this.cups = index.cups!;
    this.date = index.date!;
    this.hour = index.hour!;
    this.kwh = index.kwh!;
    this.method = index.method ?? -1;
    this.energies = [index.surplus ?? -1, index.generated ?? -1, index.selfConsumed ?? -1];
    this.minCells = layout.minCells;
    this.clockEnd = layout.clockEnd;
    this.columns = [this.cups, this.date, this.hour, this.kwh, this.method, ...this.energies].filter((column) => column >= 0);
  }

  /**
   * Writes the row of `line` [start, end) as a binary COPY row into `out` at `at` (room for
   * MAX_CURVE_ROW_BYTES), registers its interval with the duplicate detector, and returns the end
   * of what it wrote; -1 (nothing written or registered) when CurveParser must read the line.
   */
  write(line: Buffer, start: number, end: number, lineNumber: number, out: Buffer, at: number): number {
    const cells = this.splitCells(line, start, end);
    if (cells < 0) return -1;
    const cellStart = this.cellStart;
    const cellEnd = this.cellEnd;

    const point = this.pointOf(line, cellStart[this.cups]!, cellEnd[this.cups]!);
    if (!point) return -1;
    const day = this.dayOf(line, cellStart[this.date]!, cellEnd[this.date]!);
    if (!day) return -1;
    const hour = readHour(line, cellStart[this.hour]!, cellEnd[this.hour]!);
    if (hour < 1 || hour > day.day.hours || (this.clockEnd && day.day.hours !== 24)) return -1;
    const kwhStart = cellStart[this.kwh]!;
    const kwhEnd = cellEnd[this.kwh]!;
    if (!isPlainDecimal(line, kwhStart, kwhEnd)) return -1;
    let estimated = false;
    if (this.method >= 0) {
      const method = this.method < cells ? readMethod(line, cellStart[this.method]!, cellEnd[this.method]!) : 0;
      if (method < 0) return -1;
      estimated = method === 1;
    }
    for (const column of this.energies) {
      if (column >= 0 && column < cells && cellEnd[column]! > cellStart[column]! && !isPlainDecimal(line, cellStart[column]!, cellEnd[column]!)) return -1;
    }
    const startMs = day.day.midnightMs + (hour - 1) * HOUR_MS;
    if (this.duplicates.check(point.series, startMs, lineNumber) !== null) return -1;

    const instant = (day.instants[hour - 1] ??= timestampBytes(startMs));
    let to = writeCurveRowStart(out, at, point.idBytes, instant, 60);
    to = writeNumeric(out, to, line, kwhStart, kwhEnd);
    to = writeBoolean(out, to, estimated);
    for (const column of this.energies) {
      const present = column >= 0 && column < cells && cellEnd[column]! > cellStart[column]!;
      to = present ? writeNumeric(out, to, line, cellStart[column]!, cellEnd[column]!) : writeNull(out, to);
    }
    this.startMs = startMs;
    this.series = point.series;
    this.id = point.id;
    return to;
  }

  /** Cell bounds into cellStart/cellEnd; the cell count, or -1 when a cell needs CurveParser's cleaning. */
  private splitCells(line: Buffer, start: number, end: number): number {
    const separator = this.separator;
    let cells = 0;
    let cellStart = start;
    for (let at = start; at <= end; at++) {
      if (at < end && line[at] !== separator) continue;
      if (cells === MAX_CELLS) return -1;
      this.cellStart[cells] = cellStart;
      this.cellEnd[cells] = at;
      cells++;
      cellStart = at + 1;
    }
    if (cells < this.minCells) return -1;
    // Cells CurveParser would trim or unquote are left to it.
    for (const cell of this.columns) {
      if (cell >= cells) continue;
      const from = this.cellStart[cell]!;
      const to = this.cellEnd[cell]!;
      if (to > from && (line[from]! <= 32 || line[from] === QUOTE || line[to - 1]! <= 32 || line[to - 1] === QUOTE)) return -1;
    }
    return cells;
  }

  private pointOf(line: Buffer, from: number, to: number): Point | null {
    const length = to - from;
    if (length === this.lastCupsLength && sameBytes(line, from, this.lastCups, length)) return this.lastPoint;
    if (length === 0 || length > this.lastCups.length) return null;
    const cups = line.toString('latin1', from, to).toUpperCase();
    let point = this.points.get(cups) ?? null;
    if (!point) {
      const found = CUPS_PATTERN.test(cups) ? (this.supplyPoints.get(cups) ?? (cups.length === 22 ? this.supplyPoints.get(cups.slice(0, 20)) : undefined)) : undefined;
      if (!found) return null;
      point = { series: found.series, id: found.id, idBytes: uuidBytes(found.id) };
      this.points.set(cups, point);
    }
    line.copy(this.lastCups, 0, from, to);
    this.lastCupsLength = length;
    this.lastPoint = point;
    return point;
  }

  private dayOf(line: Buffer, from: number, to: number): Day | null {
    const length = to - from;
    if (length === this.lastDateLength && sameBytes(line, from, this.lastDate, length)) return this.lastDay;
    if (length === 0 || length > this.lastDate.length) return null;
    const date = parseFileDate(line.toString('latin1', from, to));
    if (!date) return null;
    let day = this.days.get(date);
    if (!day) {
      day = { day: this.calendar.day(date), instants: [] };
      this.days.set(date, day);
    }
    line.copy(this.lastDate, 0, from, to);
    this.lastDateLength = length;
    this.lastDay = day;
    return day;
  }
}

function sameBytes(line: Buffer, from: number, kept: Buffer, length: number): boolean {
  for (let index = 0; index < length; index++) if (line[from + index] !== kept[index]) return false;
  return true;
}

/** `3`, `03`, `3:00`, `03:00`, `03:00:00` as parseHourNumber reads them; -1 for anything else. */
function readHour(line: Buffer, from: number, to: number): number {
  let at = from;
  let value = 0;
  while (at < to && at < from + 2 && line[at]! >= ZERO && line[at]! <= NINE) value = value * 10 + line[at++]! - ZERO;
  if (at === from) return -1;
  const rest = to - at;
  if (rest === 0) return value;
  if ((rest === 3 || rest === 6) && line[at] === COLON && line[at + 1] === ZERO && line[at + 2] === ZERO) {
    if (rest === 3 || (line[at + 3] === COLON && line[at + 4] === ZERO && line[at + 5] === ZERO)) return value;
  }
  return -1;
}

/** R/E in either case: 0 real, 1 estimated (an empty cell is real); -1 leaves the rest to parseMethod. */
function readMethod(line: Buffer, from: number, to: number): number {
  if (to === from) return 0;
  if (to - from === 1) {
    const code = line[from]! | 0x20;
    if (code === 114 /* r */) return 0;
    if (code === 101 /* e */) return 1;
  }
  const method = parseMethod(line.toString('latin1', from, to));
  return method === null ? -1 : method ? 1 : 0;
}

/**
 * Whether decimalText accepts the cell as a non-negative number: 1–9 digits, then optionally a
 * comma or dot and 1–6 digits.
 */
function isPlainDecimal(line: Buffer, from: number, to: number): boolean {
  let integerDigits = 0;
  let at = from;
  while (at < to && line[at]! >= ZERO && line[at]! <= NINE) {
    at++;
    integerDigits++;
  }
  if (integerDigits === 0 || integerDigits > 9) return false;
  if (at === to) return true;
  if (line[at] !== COMMA && line[at] !== DOT) return false;
  const fractionStart = ++at;
  while (at < to && line[at]! >= ZERO && line[at]! <= NINE) at++;
  return at === to && at > fractionStart && at - fractionStart <= 6;
}
