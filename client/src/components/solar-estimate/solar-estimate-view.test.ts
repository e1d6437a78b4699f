import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../lib/render.testing.js';
import { SolarEstimateView, type SolarEstimateData } from './solar-estimate-view.js';

afterEach(() => vi.unstubAllGlobals());

const CUPS = 'ES0031408790215563QA';

/** A year of production without consumption, for `accountCups`. */
function estimate(accountCups: string[], fields: Partial<SolarEstimateData> = {}): SolarEstimateData {
  return {
    from: '2025-12-01',
    to: '2026-11-30',
    peakPowerKwp: 2.4,
    irradiationSite: 'Sevilla',
    irradiationZone: 'B4',
    productionKWh: '3900.000',
    cups: null,
    accountCups,
    measuredHours: 0,
    filledHours: 0,
    consumptionKWh: null,
    savingsMissing: [],
    months: [{ month: '2025-12-01', productionKWh: '200.000' }],
    ...fields,
  };
}

/** Stands in for the upload the roof step passes. */
const UPLOAD = createElement('p', { id: 'the-upload' }, 'the upload');

const render = (language: 'es' | 'en', data: SolarEstimateData, upload?: ReactNode) =>
  renderInLanguage(language, createElement(SolarEstimateView, { estimate: data, audience: 'customer', consumptionUpload: upload }));
const renderForStaff = (language: 'es' | 'en', data: SolarEstimateData) =>
  renderInLanguage(language, createElement(SolarEstimateView, { estimate: data, audience: 'staff' }));

describe('SolarEstimateView without a consumption curve', () => {
  it('offers the upload in the roof step, naming the CUPS the file must be of', () => {
    const html = render('es', estimate([CUPS]), UPLOAD);
    expect(html).toContain(`Sube aquí debajo el fichero de tu curva horaria (CUPS ${CUPS}`);
    expect(html).toContain('id="the-upload"');
    expect(render('en', estimate([CUPS]), UPLOAD)).toContain(`Upload your hourly curve file below (CUPS ${CUPS}`);
  });

  it('says plainly that an account without a CUPS has nothing to upload a curve for, and offers no upload', () => {
    const html = render('es', estimate([]), UPLOAD);
    expect(html).toContain('Tu cuenta todavía no tiene ningún punto de suministro (CUPS)');
    expect(html).not.toContain('the-upload');
    expect(render('en', estimate([]), UPLOAD)).toContain('Your account has no supply point (CUPS) yet');
  });

  it('names the period the four weeks must fall in, in the reader’s language', () => {
    expect(render('es', estimate([CUPS]), UPLOAD)).toMatch(/cuatro semanas de tu consumo horario entre el 01\/12\/2025 y el 30\/11\/2026/);
    expect(render('en', estimate([CUPS]), UPLOAD)).toMatch(/four weeks of your hourly consumption between \S+ and \S+ yet/);
  });

  it('to staff, says where a curve can come from, or that the account needs a CUPS, never speaking as to the customer', () => {
    const html = renderForStaff('es', estimate([CUPS]));
    expect(html).toContain('El cliente puede subir su curva mientras la instalación está en el paso del dibujo del tejado');
    expect(html).not.toContain('Sube aquí');
    const none = renderForStaff('es', estimate([]));
    expect(none).toContain('La cuenta no tiene ningún punto de suministro (CUPS)');
    expect(none).not.toContain('Tu cuenta');
    expect(renderForStaff('en', estimate([]))).toContain('The account has no supply point (CUPS)');
  });

  it('once a curve is in, shows its CUPS and keeps the upload (and its report) beside the figures', () => {
    const matched = estimate([CUPS], { cups: CUPS, measuredHours: 840, filledHours: 7920, consumptionKWh: '3504.000', selfConsumedKWh: '1200.000', surplusKWh: '2700.000' });
    const html = render('es', matched, UPLOAD);
    expect(html).toContain(`Consumo del CUPS ${CUPS}: 840 horas medidas`);
    expect(html).toContain('id="the-upload"');
    expect(html).not.toContain('solar-estimate-note');
  });
});
