import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../lib/render.testing.js';
import { InstallationTimeline, StepList } from './installation-timeline.js';

type Progress = Parameters<typeof InstallationTimeline>[0]['progress'];

const state = (es: string, en: string) => ({ name: { es, en }, description: { es: `${es}: detalle`, en: `${en}: detail` } });
const progress = {
  previousState: null,
  currentState: state('Estudio', 'Study'),
  nextState: state('Oferta', 'Offer'),
  steps: [
    { id: 's1', status: 'DONE', name: { es: 'Alta', en: 'Sign-up' } },
    { id: 's2', status: 'CURRENT', name: { es: 'Visita', en: 'Visit' } },
    { id: 's3', status: 'UPCOMING', name: { es: 'Oferta', en: 'Offer' } },
  ],
} as unknown as Progress;

/** The text of each list item, tags dropped. */
const items = (html: string) => [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '|'));

describe('InstallationTimeline', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the previous, current and next state in the viewer’s language, a dash where there is none', () => {
    const html = renderInLanguage('en', createElement(InstallationTimeline, { progress }));
    expect(items(html)).toEqual([
      '|Previous step||—|',
      '|Now||Study||Study: detail|',
      '|Next step||Offer||Offer: detail|',
    ]);
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toMatch(/<li[^>]*aria-current="step"[^>]*><span class="timeline-label">Now/);
  });
});

describe('StepList', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('labels each step by its status and marks the current one', () => {
    const html = renderInLanguage('es', createElement(StepList, { steps: progress.steps }));
    expect(items(html)).toEqual(['|Alta||Hecho|', '|Visita||En curso|', '|Oferta||Pendiente|']);
    expect(html).toMatch(/<li data-status="CURRENT" aria-current="step">/);
  });
});
