import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../lib/render.testing.js';
import { CsvExport } from './csv-export.js';

afterEach(() => vi.unstubAllGlobals());

const control = (disabled = false) => createElement(CsvExport, { fileName: 'x.csv', csv: () => '', disabled });

describe('CsvExport', () => {
  it('offers the Spanish spreadsheet form first and selected, then the machine form, under a labelled select', () => {
    const html = renderInLanguage('es', control());
    expect(html).toMatch(/role="group" aria-label="Exportar CSV"/);
    expect(html).toMatch(/<div class="field"><label for="([^"]+)">Formato del CSV<\/label><select id="\1"/);
    expect(html).toMatch(/<option value="spreadsheet" selected="">Hoja de cálculo en español \(; y coma decimal\)<\/option><option value="machine">Para programas \(, y punto decimal\)<\/option>/);
    expect(html).toContain('>Exportar CSV</button>');
  });

  it('speaks English and can be disabled', () => {
    const html = renderInLanguage('en', control(true));
    expect(html).toContain('Spanish spreadsheet (; and decimal comma)');
    expect(html).toContain('For programs (, and decimal point)');
    expect(html).toMatch(/<button type="button" class="secondary" disabled="">Export CSV<\/button>/);
  });
});
