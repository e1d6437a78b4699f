import { madridLocalParts } from '@portal/shared';

const HOUR_MS = 3_600_000;

/** A `datetime-local` value ("2026-11-30T10:00") read as Madrid wall-clock time; null when invalid. */
export function madridInstant(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  for (const offset of [1, 2]) {
    const candidate = new Date(asUtc - offset * HOUR_MS);
    const parts = madridLocalParts(candidate);
    if (parts.date === local.slice(0, 10) && parts.hour === h && parts.minute === mi) return candidate;
  }
  return null;
}

/** An instant as a `datetime-local` value in Madrid time. */
export function madridLocalInput(iso: string): string {
  const parts = madridLocalParts(new Date(iso));
  return `${parts.date}T${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`;
}
