import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import {
  COPY_BINARY_HEADER,
  COPY_BINARY_TRAILER,
  MAX_CURVE_ROW_BYTES,
  timestampBytes,
  uuidBytes,
  writeBoolean,
  writeCurveRowStart,
  writeNull,
  writeNumeric,
} from './copy-binary.js';
import { CurveFastParser, type SupplyPointIndex } from './curve-fast-parser.js';
import { ImportCalendar } from './import-calendar.js';
import {
  CurveParser,
  DuplicateDetector,
  OmieParser,
  type CurveRow,
  type FormatParser,
  type ImportKind,
  type ImportRowError,
  type PriceRow,
} from './import-formats.js';
import { LineSplitter, MAX_LINE_LENGTH } from './line-splitter.js';

/** How many row errors a job keeps (the count covers them all). */
export const MAX_STORED_ERRORS = 1_000;

export type SessionResult = {
  rowsRead: number;
  /** Rows handed to COPY (valid rows). */
  rowsAccepted: number;
  rowsRejected: number;
  errorCount: number;
  /** The first MAX_STORED_ERRORS errors, in file order. */
  errors: ImportRowError[];
  /** An error about the whole file (bad header, no data, truncated): nothing may be written. */
  fileError: ImportRowError | null;
  firstStartMs: number | null;
  lastStartMs: number | null;
};

/** A series' (supply point id, or '' for prices) first and last interval start in a batch, in ms. */
export type SeriesRange = { id: string; fromMs: number; toMs: number };

/**
 * Valid rows as one COPY stream (curves: binary, copy-binary.ts; prices: text), written to the
 * database while the next batch is parsed.
 */
export type ImportBatch = {
  data: Buffer;
  rows: number;
  ranges: SeriesRange[];
  /** The file's header has surplus or generation columns (the format detected carries them): the upsert writes them. */
  solar: boolean;
};

/**
 * COPY text per batch (≈ 30,000 curve rows): big enough that the per-batch statements (probe,
 * COPY) cost little, small enough that the staging table stays in temp_buffers (8 MB by
 * default) and the last batch, which nothing overlaps, is short.
 */
export const BATCH_BYTES = 2 * 1024 * 1024;

/** Room kept at a curve batch's end for the binary trailer. */
const CURVE_ROW_ROOM = MAX_CURVE_ROW_BYTES + COPY_BINARY_TRAILER.length;
const BOM = '\u00ef\u00bb\u00bf'; // UTF-8 BOM read as latin1 (a header with other bytes that are not UTF-8)

/**
 * The streaming half of an import: bytes in, batches of COPY rows out (ImportBatch). Splits
 * lines across chunks, hands them to the format's parser, resolves CUPS, rejects duplicates and
 * keeps the counts and the first errors. Valid rows are always emitted; whether they are kept is
 * decided at the end (all or nothing, or valid rows only) by the transaction around the writes.
 *
 * Curve rows: `supply_point_id, start, interval_minutes, kwh, estimated, surplus, generated,
 * self_consumed`; price rows: `start, interval_minutes, price_pt, price_es` (the target's columns,
 * so a batch can be COPYed straight into it).
 *
 * The fields of data lines are ASCII, so they are decoded as latin1 (no multi-byte character can
 * be split between chunks, and decoding is a copy). The header is decoded as UTF-8 when it is
 * valid UTF-8, so accented names (`GENERACIÓN Wh`) match in UTF-8 and latin1 files. Lines end with LF, CRLF or CR
 * (LineSplitter: linear, bounded line length; a longer line refuses the file).
 */
export class ImportSession extends Transform {
  private readonly parser: FormatParser<CurveRow> | FormatParser<PriceRow>;
  private readonly calendar = new ImportCalendar();
  /** Ordinary curve rows, once the header is read (null for prices and before the header). */
  private fastParser: CurveFastParser | null = null;
  private readonly duplicates = new DuplicateDetector();
  private readonly splitter = new LineSplitter({
    line: (bytes, start, end, line) => this.takeLine(bytes, start, end, line),
    tooLong: (line) => {
      this.line = line;
      this.fail({ line, column: null, reason: 'LINE_TOO_LONG', value: String(MAX_LINE_LENGTH) });
    },
  });
  private line = 0;
  private headerSeen = false;
  private readonly result: SessionResult = {
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    errorCount: 0,
    errors: [],
    fileError: null,
    firstStartMs: null,
    lastStartMs: null,
  };
  // Rows are copied into the batch's buffer as they are made: the row strings then die young
  // (cheap to collect) instead of living in an array until the batch is joined.
  private batch = Buffer.allocUnsafe(BATCH_BYTES);
  private batchLength = 0;
  private batchRows = 0;
  /** The batch's ranges by series number while parsing (faster than by id). */
  private batchRanges = new Map<number, SeriesRange>();
  private readonly rowErrors: ImportRowError[] = [];
  private readonly instants = new Map<number, string>();
  /** Curve rows CurveParser read (the fast path keeps its own): binary start and id by key. */
  private readonly startBytes = new Map<number, Buffer>();
  private readonly idBytes = new Map<string, Buffer>();
  private lastCups = '';
  private lastPoint: { series: number; id: string } | undefined;

  constructor(
    readonly kind: ImportKind,
    private readonly supplyPoints: SupplyPointIndex,
  ) {
    // One batch may wait while the previous one is written: parsing and writing overlap.
    super({ readableObjectMode: true, readableHighWaterMark: 1 });
    this.startBatch();
    this.parser = kind === 'OMIE' ? new OmieParser(this.calendar) : new CurveParser(kind, this.calendar);
  }

  get outcome(): SessionResult {
    return this.result;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      // After a file error nothing more is kept: the rest is only drained.
      if (!this.result.fileError) this.splitter.push(chunk);
    } catch (error) {
      return done(error as Error);
    }
    // Let other requests in between two chunks: a big import never holds the event loop long.
    setImmediate(done);
  }

  override _flush(done: TransformCallback): void {
    try {
      if (!this.result.fileError) this.splitter.end();
      this.emitBatch();
      this.finish();
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  /** Characters examined by the line splitting: one per character of the file, never more. */
  get charactersScanned(): number {
    return this.splitter.charactersScanned;
  }

  /** One line of the file (bytes [start, end), without its line break), numbered from 1. */
  private takeLine(bytes: Buffer, start: number, end: number, line: number): void {
    this.line = line;
    if (this.result.fileError) return;
    const fast = this.fastParser;
    if (fast && end > start) {
      if (this.batchLength + CURVE_ROW_ROOM > BATCH_BYTES) this.emitBatch();
      const written = fast.write(bytes, start, end, line, this.batch, this.batchLength);
      if (written >= 0) {
        this.result.rowsRead++;
        this.accept(fast.startMs, fast.series, fast.id);
        this.batchLength = written;
        this.batchRows++;
        return;
      }
    }
    // The format's own parser: headers, prices, and any curve row the fast path left to it.
    const copyLine = this.handle(bytes.toString(this.headerSeen || !isUtf8(bytes.subarray(start, end)) ? 'latin1' : 'utf8', start, end));
    if (copyLine !== null) {
      if (this.batchLength + copyLine.length > BATCH_BYTES) this.emitBatch();
      this.batchLength += this.batch.write(copyLine, this.batchLength, 'latin1');
      this.batchRows++;
    }
  }

  private emitBatch(): void {
    if (this.batchRows === 0) return;
    if (this.kind !== 'OMIE') this.batchLength += COPY_BINARY_TRAILER.copy(this.batch, this.batchLength);
    const batch: ImportBatch = {
      data: this.batch.subarray(0, this.batchLength),
      rows: this.batchRows,
      ranges: [...this.batchRanges.values()],
      solar: this.parser instanceof CurveParser && this.parser.hasSolarColumns,
    };
    this.push(batch);
    // A new buffer: the writer still holds the one just emitted.
    this.batch = Buffer.allocUnsafe(BATCH_BYTES);
    this.startBatch();
  }

  private startBatch(): void {
    this.batchLength = this.kind === 'OMIE' ? 0 : COPY_BINARY_HEADER.copy(this.batch, 0);
    this.batchRows = 0;
    this.batchRanges = new Map();
  }

  private handle(raw: string): string | null {
    const line = this.line;
    if (!this.headerSeen) {
      const text = line === 1 && raw.startsWith(BOM) ? raw.slice(BOM.length) : line === 1 && raw.startsWith('\ufeff') ? raw.slice(1) : raw;
      if (text.trim() === '') return null;
      this.headerSeen = true;
      const error = this.parser.header(text, line);
      if (error) this.fail(error);
      const layout = this.parser instanceof CurveParser ? this.parser.layout : null;
      if (layout) this.fastParser = new CurveFastParser(layout, this.supplyPoints, this.calendar, this.duplicates);
      return null;
    }
    if (raw.length === 0 || raw.trim() === '') return null;

    const errors = this.rowErrors;
    errors.length = 0;
    if (this.kind === 'OMIE') {
      const row = (this.parser as FormatParser<PriceRow>).row(raw, line, errors);
      if (row) {
        this.result.rowsRead++;
        const earlier = this.duplicates.check(0, row.startMs, line);
        if (earlier !== null) {
          this.reject([{ line, column: 'period', reason: 'DUPLICATE_ROW', value: String(earlier) }]);
          return null;
        }
        this.accept(row.startMs, 0, '');
        return `${this.instant(row.startMs)}\t${row.intervalMinutes}\t${row.pricePt}\t${row.priceEs}\n`;
      }
      // The closing '*' carries no row and no error.
      if (errors.length > 0) {
        this.result.rowsRead++;
        this.reject(errors);
      }
      return null;
    }

    this.result.rowsRead++;
    const row = (this.parser as FormatParser<CurveRow>).row(raw, line, errors);
    if (!row) {
      this.reject(errors);
      return null;
    }
    let point = this.lastPoint;
    if (row.cups !== this.lastCups) {
      point = this.supplyPoints.get(row.cups) ?? (row.cups.length === 22 ? this.supplyPoints.get(row.cups.slice(0, 20)) : undefined);
      this.lastCups = row.cups;
      this.lastPoint = point;
    }
    if (!point) {
      this.reject([{ line, column: (this.parser as CurveParser).cupsColumn, reason: 'UNKNOWN_CUPS', value: row.cups }]);
      return null;
    }
    const earlier = this.duplicates.check(point.series, row.startMs, line);
    if (earlier !== null) {
      this.reject([{ line, column: (this.parser as CurveParser).hourColumn, reason: 'DUPLICATE_ROW', value: String(earlier) }]);
      return null;
    }
    // Written before it is counted in the batch's ranges: writing may start a new batch.
    this.writeCurveRow(point.id, row);
    this.accept(row.startMs, point.series, point.id);
    return null;
  }

  /** A curve row CurveParser read, into the batch as the fast path writes its own. */
  private writeCurveRow(id: string, row: CurveRow): void {
    if (this.batchLength + CURVE_ROW_ROOM > BATCH_BYTES) this.emitBatch();
    let idBytes = this.idBytes.get(id);
    if (!idBytes) this.idBytes.set(id, (idBytes = uuidBytes(id)));
    const minute = row.startMs / 60_000;
    let startBytes = this.startBytes.get(minute);
    if (!startBytes) this.startBytes.set(minute, (startBytes = timestampBytes(row.startMs)));
    const out = this.batch;
    let at = writeCurveRowStart(out, this.batchLength, idBytes, startBytes, row.intervalMinutes);
    at = numericField(out, at, row.kwh);
    at = writeBoolean(out, at, row.estimated);
    at = numericField(out, at, row.surplusKwh);
    at = numericField(out, at, row.generatedKwh);
    at = numericField(out, at, row.selfConsumedKwh);
    this.batchLength = at;
    this.batchRows++;
  }

  /** An interval start as timestamptz text; every series of a file shares the same few thousand. */
  private instant(startMs: number): string {
    // Minutes since the epoch stay small integers: a faster key than milliseconds.
    const minute = startMs / 60_000;
    let text = this.instants.get(minute);
    if (text === undefined) {
      text = new Date(startMs).toISOString();
      this.instants.set(minute, text);
    }
    return text;
  }

  private accept(startMs: number, series: number, id: string): void {
    const result = this.result;
    result.rowsAccepted++;
    const range = this.batchRanges.get(series);
    if (!range) this.batchRanges.set(series, { id, fromMs: startMs, toMs: startMs });
    else if (startMs < range.fromMs) range.fromMs = startMs;
    else if (startMs > range.toMs) range.toMs = startMs;
    if (result.firstStartMs === null || startMs < result.firstStartMs) result.firstStartMs = startMs;
    if (result.lastStartMs === null || startMs > result.lastStartMs) result.lastStartMs = startMs;
  }

  private reject(errors: readonly ImportRowError[]): void {
    const result = this.result;
    result.rowsRejected++;
    result.errorCount += errors.length;
    for (const error of errors) {
      if (result.errors.length >= MAX_STORED_ERRORS) break;
      result.errors.push(error);
    }
  }

  private fail(error: ImportRowError): void {
    this.result.fileError = error;
    this.result.errorCount++;
    if (this.result.errors.length < MAX_STORED_ERRORS) this.result.errors.push(error);
  }

  private finish(): void {
    if (this.result.fileError) return;
    if (!this.headerSeen || (this.result.rowsRead === 0 && this.kind !== 'OMIE')) {
      return this.fail({ line: Math.max(1, this.line), column: null, reason: 'EMPTY_FILE', value: null });
    }
    const endError = this.parser.end(this.line);
    if (endError) return this.fail(endError);
    if (this.result.rowsRead === 0) this.fail({ line: Math.max(1, this.line), column: null, reason: 'EMPTY_FILE', value: null });
  }
}

/** A decimal text as decimalText returns it (digits, an optional dot), or NULL. */
function numericField(out: Buffer, at: number, value: string | null): number {
  if (value === null) return writeNull(out, at);
  const text = Buffer.from(value, 'latin1');
  return writeNumeric(out, at, text, 0, text.length);
}
