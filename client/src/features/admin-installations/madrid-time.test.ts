import { describe, expect, it } from 'vitest';
import { madridInstant, madridLocalInput } from './madrid-time.js';

describe('madridInstant', () => {
  it('reads a datetime-local value as Madrid time in winter and in summer', () => {
    expect(madridInstant('2026-11-30T10:00')?.toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(madridInstant('2026-07-01T10:00')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(madridInstant('2027-01-01T00:30')?.toISOString()).toBe('2026-12-31T23:30:00.000Z');
  });

  it('is null for the hour skipped in spring and for malformed values', () => {
    expect(madridInstant('2026-03-29T02:30')).toBeNull();
    expect(madridInstant('2026-03-29 10:00')).toBeNull();
    expect(madridInstant('2026-03-29T10:00:00')).toBeNull();
    expect(madridInstant('')).toBeNull();
  });

  it('takes the second (winter) occurrence of the hour repeated in autumn', () => {
    expect(madridInstant('2026-10-25T02:30')?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });
});

describe('madridLocalInput', () => {
  it('writes an instant as a Madrid datetime-local value that reads back to it', () => {
    expect(madridLocalInput('2026-07-01T08:00:00Z')).toBe('2026-07-01T10:00');
    expect(madridLocalInput('2026-12-31T23:05:00Z')).toBe('2027-01-01T00:05');
    const iso = '2026-11-30T09:15:00.000Z';
    expect(madridInstant(madridLocalInput(iso))?.toISOString()).toBe(iso);
  });
});
