/**
 * Splits streamed text into lines in linear time: each character is examined once, whatever the
 * chunking and however long a line. Accepts LF, CRLF and CR-only line endings (old spreadsheet
 * exports write CR), also mixed, and a CRLF split between two chunks.
 *
 * A line may not grow past `maxLineLength` characters: its text is then dropped (never buffered)
 * and `onTooLong` reports its number once; the caller decides what that means for the file.
 */

/** Longest line kept: import lines are a few dozen characters; a megabyte line is not a curve. */
export const MAX_LINE_LENGTH = 64 * 1024;

const LF = 10;
const CR = 13;

export type LineHandlers = {
  /** A complete line, without its line break; `line` counts from 1. */
  line: (text: string, line: number) => void;
  /** The line numbered `line` is longer than the maximum; it is not passed to `line`. */
  tooLong: (line: number) => void;
};

export class LineSplitter {
  /** Characters examined so far (equals the characters pushed: nothing is rescanned). */
  charactersScanned = 0;
  /** Lines ended so far, including empty ones and an overlong one. */
  lineCount = 0;
  /** The current line's pieces from earlier chunks (kept apart: joined once when it ends). */
  private pending: string[] = [];
  private pendingLength = 0;
  private overlong = false;
  /** The previous chunk ended with CR: an LF starting the next one belongs to that break. */
  private afterCR = false;

  constructor(
    private readonly handlers: LineHandlers,
    private readonly maxLineLength: number = MAX_LINE_LENGTH,
  ) {}

  push(text: string): void {
    const length = text.length;
    if (length === 0) return; // an empty chunk must not forget a CR that ended the previous one
    this.charactersScanned += length;
    let start = 0;
    if (this.afterCR && length > 0 && text.charCodeAt(0) === LF) start = 1;
    this.afterCR = false;
    // The next LF and CR from `start` on; each search resumes where the last one stopped, so
    // together they examine each character at most once per kind.
    let nextLF = text.indexOf('\n', start);
    let nextCR = text.indexOf('\r', start);
    while (nextLF >= 0 || nextCR >= 0) {
      const stop = nextCR < 0 || (nextLF >= 0 && nextLF < nextCR) ? nextLF : nextCR;
      this.endLine(text, start, stop);
      start = stop + 1;
      if (text.charCodeAt(stop) === CR) {
        if (start === length) this.afterCR = true;
        else if (text.charCodeAt(start) === LF) start++;
      }
      if (nextLF >= 0 && nextLF < start) nextLF = text.indexOf('\n', start);
      if (nextCR >= 0 && nextCR < start) nextCR = text.indexOf('\r', start);
    }
    if (start < length) this.keep(text, start, length);
  }

  /** The last line, when the text does not end with a line break. */
  end(): void {
    if (this.pendingLength > 0 || this.overlong) this.endLine('', 0, 0);
  }

  private keep(text: string, from: number, to: number): void {
    if (this.overlong) return;
    if (this.pendingLength + (to - from) > this.maxLineLength) return this.refuse();
    this.pending.push(text.slice(from, to));
    this.pendingLength += to - from;
  }

  private endLine(text: string, from: number, to: number): void {
    if (!this.overlong && this.pendingLength + (to - from) > this.maxLineLength) this.refuse();
    this.lineCount++;
    if (this.overlong) {
      this.overlong = false;
      return;
    }
    const piece = text.slice(from, to);
    const line = this.pendingLength === 0 ? piece : this.pending.join('') + piece;
    this.pending = [];
    this.pendingLength = 0;
    this.handlers.line(line, this.lineCount);
  }

  private refuse(): void {
    this.overlong = true;
    this.pending = [];
    this.pendingLength = 0;
    this.handlers.tooLong(this.lineCount + 1);
  }
}
