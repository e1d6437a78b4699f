import { exactNumeric, formatScaled, toScaled } from '@portal/shared';
import { localStart } from './series-buckets.js';

/**
 * `spreadsheet`: as Excel and LibreOffice open it in Spanish: `;` between columns (`,` is their
 * decimal mark) and decimal commas. `machine`: `,` and decimal points, for scripts.
 */
export type CsvFormat = 'spreadsheet' | 'machine';

export const CSV_FORMATS: readonly CsvFormat[] = ['spreadsheet', 'machine'];

/** A column of an export: its header (in the UI language) and each row's cell. */
export type CsvColumn<Row> = {
  header: string;
  /** The cell's text; null is an empty cell. A `decimal` column gives the API's exact decimal string. */
  value: (row: Row) => string | null;
  decimal?: boolean;
};

const SEPARATOR: Record<CsvFormat, string> = { spreadsheet: ';', machine: ',' };

/**
 * A CSV file's text: a BOM so that spreadsheets read UTF-8 ("sí") rather than guess a legacy
 * encoding, CRLF lines, and cells quoted where they hold the separator, a quote or a line break.
 */
export function csvText(rows: readonly (readonly string[])[], format: CsvFormat = 'spreadsheet'): string {
  const separator = SEPARATOR[format];
  // Each row ends its own line, so no rows is no line (not a blank one).
  return `\uFEFF${rows.map((row) => `${row.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`).join('')}`;
}

/** The header row and one row per data row, decimals written in the format's mark. */
export function csvTable<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], format: CsvFormat): string {
  const body = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null) return '';
      return column.decimal ? csvDecimal(value, format) : value;
    }),
  );
  return csvText([columns.map((column) => column.header), ...body], format);
}

/**
 * An exact decimal string ('1.250', '-0.5') in the format's mark, by replacing the point: never
 * through a float, so nothing is rounded or grows digits ('0.1' stays '0,1').
 */
export function csvDecimal(value: string, format: CsvFormat): string {
  exactNumeric(value); // refuses what is not a decimal rather than writing it half-converted
  return format === 'spreadsheet' ? value.replace('.', ',') : value;
}

/** A share of 1 as an exact percent decimal string: '0.4567' is '45.67', '1' is '100'. */
export function shareAsPercent(share: string): string {
  const scale = Math.max(2, share.split('.')[1]?.length ?? 0);
  return formatScaled(toScaled(share, scale), scale - 2);
}

/**
 * The two time columns of a bucket start: Madrid wall-clock date and time ('2026-03-29 03:00',
 * which Spanish Excel and LibreOffice read as a date-time, unlike ISO with a T and an offset) and
 * its UTC offset ('+02:00'), which tells the repeated October hour apart.
 */
export function csvStartColumns<Row>(start: (row: Row) => number, headers: { local: string; offset: string }): CsvColumn<Row>[] {
  const local = (row: Row) => localStart(start(row));
  return [
    { header: headers.local, value: (row) => `${local(row).date} ${local(row).time}` },
    { header: headers.offset, value: (row) => local(row).offset },
  ];
}

function csvCell(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Saves text as a file through a temporary object URL and an <a download>. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
