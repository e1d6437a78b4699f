/**
 * Splits streamed bytes into lines in linear time: each byte is examined once, whatever the
 * chunking and however long a line. Accepts LF, CRLF and CR-only line endings (old spreadsheet
 * exports write CR), also mixed, and a CRLF split between two chunks.
 *
 * Lines are handed over as byte ranges of the chunk (no string per line): the import's formats
 * are ASCII, and the parser decodes only what it needs. A line may not grow past `maxLineLength`
 * bytes: its text is then dropped (never buffered) and `tooLong` reports its number once; the
 * caller decides what that means for the file.
 */

/** Longest line kept: import lines are a few dozen characters; a megabyte line is not a curve. */
export const MAX_LINE_LENGTH = 64 * 1024;

const LF = 10;
const CR = 13;

export type LineHandlers = {
  /** A complete line, bytes [start, end) of `bytes`, without its line break; `line` counts from 1. */
  line: (bytes: Buffer, start: number, end: number, line: number) => void;
  /** The line numbered `line` is longer than the maximum; it is not passed to `line`. */
  tooLong: (line: number) => void;
};

export class LineSplitter {
  /** Bytes examined so far (equals the bytes pushed: nothing is rescanned). */
  charactersScanned = 0;
  /** Lines ended so far, including empty ones and an overlong one. */
  lineCount = 0;
  /** The current line's pieces from earlier chunks (copied: joined once when it ends). */
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private overlong = false;
  /** The previous chunk ended with CR: an LF starting the next one belongs to that break. */
  private afterCR = false;

  constructor(
    private readonly handlers: LineHandlers,
    private readonly maxLineLength: number = MAX_LINE_LENGTH,
  ) {}

  push(chunk: Buffer): void {
    const length = chunk.length;
    if (length === 0) return; // an empty chunk must not forget a CR that ended the previous one
    this.charactersScanned += length;
    let start = 0;
    if (this.afterCR && chunk[0] === LF) start = 1;
    this.afterCR = false;
    // The next LF and CR from `start` on; each search resumes where the last one stopped, so
    // together they examine each byte at most once per kind.
    let nextLF = chunk.indexOf(LF, start);
    let nextCR = chunk.indexOf(CR, start);
    while (nextLF >= 0 || nextCR >= 0) {
      const stop = nextCR < 0 || (nextLF >= 0 && nextLF < nextCR) ? nextLF : nextCR;
      this.endLine(chunk, start, stop);
      start = stop + 1;
      if (chunk[stop] === CR) {
        if (start === length) this.afterCR = true;
        else if (chunk[start] === LF) start++;
      }
      if (nextLF >= 0 && nextLF < start) nextLF = chunk.indexOf(LF, start);
      if (nextCR >= 0 && nextCR < start) nextCR = chunk.indexOf(CR, start);
    }
    if (start < length) this.keep(chunk, start, length);
  }

  /** The last line, when the text does not end with a line break. */
  end(): void {
    if (this.pendingLength > 0 || this.overlong) this.endLine(Buffer.alloc(0), 0, 0);
  }

  private keep(chunk: Buffer, from: number, to: number): void {
    if (this.overlong) return;
    if (this.pendingLength + (to - from) > this.maxLineLength) return this.refuse();
    // A copy: the stream may hand the chunk's memory on once this call returns.
    this.pending.push(Buffer.from(chunk.subarray(from, to)));
    this.pendingLength += to - from;
  }

  private endLine(chunk: Buffer, from: number, to: number): void {
    if (!this.overlong && this.pendingLength + (to - from) > this.maxLineLength) this.refuse();
    this.lineCount++;
    if (this.overlong) {
      this.overlong = false;
      return;
    }
    if (this.pendingLength === 0) return this.handlers.line(chunk, from, to, this.lineCount);
    const joined = Buffer.concat([...this.pending, chunk.subarray(from, to)]);
    this.pending = [];
    this.pendingLength = 0;
    this.handlers.line(joined, 0, joined.length, this.lineCount);
  }

  private refuse(): void {
    this.overlong = true;
    this.pending = [];
    this.pendingLength = 0;
    this.handlers.tooLong(this.lineCount + 1);
  }
}
