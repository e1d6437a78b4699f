import { exactNumeric, LOCAL_TIME_ZONE } from '@portal/shared';
import { useMemo } from 'react';
import { useI18n, type Language } from './i18n.js';

const LOCALES: Record<Language, string> = { es: 'es-ES', en: 'en-GB' };

/** API decimals are strings; they are summed in shared/decimal.ts, never as floats. */
type Decimalish = string | number;

/** Intl formats a decimal string as the exact value it spells (rounding included), a number as its float. */
const numeric = (value: Decimalish) => (typeof value === 'number' ? value : exactNumeric(value));

export type Formatters = ReturnType<typeof formattersFor>;

export function formattersFor(language: Language) {
  const locale = LOCALES[language];
  // es-ES leaves 4-digit numbers ungrouped by default ("1234,56"); the portal always groups.
  const grouping = { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;
  const money = new Intl.NumberFormat(locale, { ...grouping, style: 'currency', currency: 'EUR' });
  const numberWith = (digits: number) =>
    new Intl.NumberFormat(locale, { ...grouping, minimumFractionDigits: digits, maximumFractionDigits: digits });
  const numbers = [0, 1, 2, 3].map(numberWith);
  const pricePerKWh = numberWith(6);
  const date = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const longDate = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: LOCAL_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const time = new Intl.DateTimeFormat(locale, { timeZone: LOCAL_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

  // Supply points are in Spain: instants are shown in Madrid time whatever the browser's zone.
  return {
    locale,
    /** 1.234,56 € (es) or €1,234.56 (en). */
    money: (value: Decimalish) => money.format(numeric(value)),
    /** A plain number with a fixed count of decimals (0–3). */
    number: (value: Decimalish, digits = 0) => numbers[digits]!.format(numeric(value)),
    kWh: (value: Decimalish, digits = 2) => `${numbers[digits]!.format(numeric(value))} kWh`,
    kW: (value: Decimalish) => `${numbers[3]!.format(numeric(value))} kW`,
    percent: (value: Decimalish, digits = 1) => `${numbers[digits]!.format(numeric(value))} %`,
    pricePerMWh: (value: Decimalish) => `${numbers[2]!.format(numeric(value))} €/MWh`,
    // Energy prices are quoted to the µ€, as contracts and invoices state them.
    pricePerKWh: (value: Decimalish) => `${pricePerKWh.format(numeric(value))} €/kWh`,
    /** A calendar date of the API ('2026-11-22'). */
    date: (value: string) => date.format(calendarDate(value)),
    longDate: (value: string) => longDate.format(calendarDate(value)),
    /** The month of a calendar date: "noviembre de 2026". */
    month: (value: string) => month.format(calendarDate(value)),
    /** An instant of the API, in Madrid time. */
    dateTime: (value: string) => dateTime.format(new Date(value)),
    time: (value: string) => time.format(new Date(value)),
  };
}

export function useFormat(): Formatters {
  const { language } = useI18n();
  return useMemo(() => formattersFor(language), [language]);
}

function calendarDate(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day ?? 1));
}

/** The start of a text on one line, cut at `max` characters with an ellipsis (list cells). */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
