import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Granularity } from '../__generated__/graphql.js';
import { renderInLanguage } from '../lib/render.testing.js';
import { BucketTime } from './bucket-time.js';

function rendered(start: number | string, granularity: Granularity, language: 'es' | 'en' = 'es'): string {
  return renderInLanguage(language, createElement(BucketTime, { start, granularity }));
}

describe('BucketTime', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a month, a day or a Madrid time, with the instant as its machine-readable value', () => {
    expect(rendered('2026-10-31T23:00:00Z', 'MONTH')).toBe('<time dateTime="2026-10-31T23:00:00.000Z">noviembre de 2026</time>');
    expect(rendered('2026-10-31T23:00:00Z', 'DAY', 'en')).toBe('<time dateTime="2026-10-31T23:00:00.000Z">01/11/2026</time>');
    expect(rendered(Date.parse('2026-11-20T09:15:00Z'), 'QUARTER_HOUR')).toBe('<time dateTime="2026-11-20T09:15:00.000Z">20/11/2026 10:15</time>');
  });

  it('adds the UTC offset only to the two hours the October change repeats', () => {
    expect(rendered('2026-10-25T00:00:00Z', 'HOUR')).toContain('>25/10/2026 02:00 (UTC+02:00)<');
    expect(rendered('2026-10-25T01:00:00Z', 'HOUR')).toContain('>25/10/2026 02:00 (UTC+01:00)<');
    expect(rendered('2026-10-25T02:00:00Z', 'HOUR')).toContain('>25/10/2026 03:00<');
  });
});
