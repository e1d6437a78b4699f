import { describe, expect, it } from 'vitest';
import { csvDecimal, csvStartColumns, csvTable, csvText, shareAsPercent } from './csv.js';

describe('csvText', () => {
  it('starts with a BOM, separates columns with ; and ends every line with CRLF', () => {
    const text = csvText([
      ['CUPS', 'kWh'],
      ['ES0021000000000001AB', '1,5'],
    ]);
    expect(text).toBe('\uFEFFCUPS;kWh\r\nES0021000000000001AB;1,5\r\n');
  });

  it('leaves commas unquoted in the spreadsheet form: the comma is its decimal mark', () => {
    expect(csvText([['1,5', '2.5', 'a, b']])).toBe('\uFEFF1,5;2.5;a, b\r\n');
  });

  it('quotes cells with separators, quotes or line breaks, doubling the quotes', () => {
    expect(csvText([['a;b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']])).toBe(
      '\uFEFF"a;b";"say ""hi""";"two\nlines";"cr\rhere";plain\r\n',
    );
  });

  it('separates with , in the machine form and quotes commas there, not semicolons', () => {
    expect(csvText([['a,b', 'a;b', 'say "hi"', '1.5']], 'machine')).toBe('\uFEFF"a,b",a;b,"say ""hi""",1.5\r\n');
  });

  it('keeps empty cells and non-ASCII text', () => {
    expect(csvText([['', 'sí', '']])).toBe('\uFEFF;sí;\r\n');
  });

  it('is only the BOM for no rows, not a blank line', () => {
    expect(csvText([])).toBe('\uFEFF');
  });
});

describe('csvDecimal', () => {
  it('writes the exact decimal string with a comma for spreadsheets and a point for programs', () => {
    expect(csvDecimal('1.250', 'spreadsheet')).toBe('1,250');
    expect(csvDecimal('1.250', 'machine')).toBe('1.250');
    expect(csvDecimal('-0.5', 'spreadsheet')).toBe('-0,5');
    expect(csvDecimal('12', 'spreadsheet')).toBe('12');
  });

  it('never goes through a float: digits a double cannot hold stay as they are', () => {
    expect(csvDecimal('0.1', 'spreadsheet')).toBe('0,1');
    expect(csvDecimal('12345678901234567.123456789', 'spreadsheet')).toBe('12345678901234567,123456789');
  });

  it('refuses what is not a decimal rather than writing it half-converted', () => {
    expect(() => csvDecimal('1,5', 'spreadsheet')).toThrow('expected a decimal number, got "1,5"');
    expect(() => csvDecimal('NaN', 'machine')).toThrow('expected a decimal number');
  });
});

describe('shareAsPercent', () => {
  it('moves the point two places without a float', () => {
    expect(shareAsPercent('0.4567')).toBe('45.67');
    expect(shareAsPercent('0.123456789')).toBe('12.3456789');
    expect(shareAsPercent('0.5')).toBe('50');
    expect(shareAsPercent('1')).toBe('100');
    expect(shareAsPercent('0.07')).toBe('7');
    expect(shareAsPercent('0.001')).toBe('0.1');
  });
});

describe('csvTable', () => {
  type Row = { start: string; kWh: string | null; note: string };
  const columns = [
    ...csvStartColumns<Row>((row) => Date.parse(row.start), { local: 'inicio', offset: 'utc_offset' }),
    { header: 'kWh', value: (row: Row) => row.kWh, decimal: true },
    { header: 'nota', value: (row: Row) => row.note },
  ];

  it('gives the spring DST day its +01:00 hours before the change and +02:00 after (02:00 never happens)', () => {
    const rows: Row[] = [
      { start: '2026-03-29T00:00:00Z', kWh: '0.100', note: '' },
      { start: '2026-03-29T01:00:00Z', kWh: '0.200', note: '' },
    ];
    expect(csvTable(columns, rows, 'spreadsheet')).toBe(
      '\uFEFFinicio;utc_offset;kWh;nota\r\n2026-03-29 01:00;+01:00;0,100;\r\n2026-03-29 03:00;+02:00;0,200;\r\n',
    );
  });

  it('tells the autumn DST day’s two 02:00 hours apart by their offset', () => {
    const rows: Row[] = [
      { start: '2026-10-25T00:00:00Z', kWh: '1.5', note: 'a;b' },
      { start: '2026-10-25T01:00:00Z', kWh: null, note: 'x,y' },
    ];
    expect(csvTable(columns, rows, 'machine')).toBe(
      '\uFEFFinicio,utc_offset,kWh,nota\r\n2026-10-25 02:00,+02:00,1.5,a;b\r\n2026-10-25 02:00,+01:00,,"x,y"\r\n',
    );
  });
});
