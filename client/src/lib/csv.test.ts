import { describe, expect, it } from 'vitest';
import { csvText } from './csv.js';

describe('csvText', () => {
  it('starts with a BOM, separates columns with ; and ends every line with CRLF', () => {
    const text = csvText([
      ['CUPS', 'kWh'],
      ['ES0021000000000001AB', '1.5'],
    ]);
    expect(text).toBe('\uFEFFCUPS;kWh\r\nES0021000000000001AB;1.5\r\n');
  });

  it('leaves commas and dots as they are: the comma is a decimal mark, not a separator', () => {
    expect(csvText([['1,5', '2.5', 'a, b']])).toBe('\uFEFF1,5;2.5;a, b\r\n');
  });

  it('quotes cells with separators, quotes or line breaks, doubling the quotes', () => {
    expect(csvText([['a;b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']])).toBe(
      '\uFEFF"a;b";"say ""hi""";"two\nlines";"cr\rhere";plain\r\n',
    );
  });

  it('keeps empty cells and non-ASCII text', () => {
    expect(csvText([['', 'sí', '']])).toBe('\uFEFF;sí;\r\n');
  });

  it('is only the BOM for no rows, not a blank line', () => {
    expect(csvText([])).toBe('\uFEFF');
  });
});
