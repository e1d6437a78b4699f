import { describe, expect, it } from 'vitest';
import { energyPriceProblem } from './energy-price.js';

describe('energyPriceProblem', () => {
  it('accepts a non-negative €/kWh price to the µ€', () => {
    expect(energyPriceProblem('0.189500')).toBeNull();
    expect(energyPriceProblem('0')).toBeNull();
    expect(energyPriceProblem('5')).toBeNull();
  });

  it('refuses what is not such a decimal, and a €/MWh figure typed as €/kWh', () => {
    for (const price of ['', '-0.1', '0,19', '0.1234567', '.5', '1e-3', 'abc']) expect(energyPriceProblem(price)).toBe('INVALID_PRICE');
    expect(energyPriceProblem('189.5')).toBe('PRICE_TOO_HIGH');
    expect(energyPriceProblem('5.000001')).toBe('PRICE_TOO_HIGH');
  });
});
