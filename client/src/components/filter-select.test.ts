import { describe, expect, it } from 'vitest';
import { oneOf, supplyPointOptions } from './filter-select.js';

describe('oneOf', () => {
  it('keeps a URL value only if it is one of the choices', () => {
    const statuses = ['ISSUED', 'PAID'] as const;
    expect(oneOf(statuses, 'PAID')).toBe('PAID');
    expect(oneOf(statuses, 'paid')).toBeNull();
    expect(oneOf(statuses, '')).toBeNull();
    expect(oneOf(statuses, null)).toBeNull();
  });
});

describe('supplyPointOptions', () => {
  it('labels each CUPS with its address', () => {
    expect(supplyPointOptions([{ cups: 'ES0021000000000001AB', address: 'Calle Mayor 1, Madrid' }])).toEqual([
      { value: 'ES0021000000000001AB', label: 'ES0021000000000001AB · Calle Mayor 1, Madrid' },
    ]);
  });
});
