import type { InstallerVisit } from './installation-offers.entity.js';
import { DEFAULT_LANGUAGE, type Language } from '@portal/shared';

const LABELS = {
  es: { summary: 'Visita del instalador', installer: 'Instalador', company: 'Empresa', phone: 'Teléfono', email: 'Correo electrónico', notes: 'Notas' },
  en: { summary: 'Installer visit', installer: 'Installer', company: 'Company', phone: 'Phone', email: 'E-mail', notes: 'Notes' },
} as const;

/** RFC 5545 UTC date-time: 20261127T090000Z. */
export function icsDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export type VisitCalendarInput = {
  visit: InstallerVisit;
  installationCode: string;
  address: string;
  language: Language;
  now: Date;
  /** Host part of the UID, e.g. the portal's domain. */
  uidDomain?: string;
};

/** A one-event iCalendar file for the visit (times in UTC), CRLF line endings. */
export function visitCalendar({ visit, installationCode, address, language, now, uidDomain = 'portal.example' }: VisitCalendarInput): string {
  const labels = LABELS[language] ?? LABELS[DEFAULT_LANGUAGE];
  const description = [
    `${labels.installer}: ${visit.installerName}`,
    `${labels.company}: ${visit.company}`,
    `${labels.phone}: ${visit.phone}`,
    `${labels.email}: ${visit.email}`,
    ...(visit.notes ? [`${labels.notes}: ${visit.notes}`] : []),
  ].join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Portal de clientes//Instalaciones//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:installer-visit-${visit.id}@${uidDomain}`,
    `DTSTAMP:${icsDateTime(now)}`,
    `DTSTART:${icsDateTime(visit.startsAt)}`,
    `DTEND:${icsDateTime(visit.endsAt)}`,
    `SUMMARY:${icsText(`${labels.summary} · ${installationCode}`)}`,
    `LOCATION:${icsText(address)}`,
    `DESCRIPTION:${icsText(description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
