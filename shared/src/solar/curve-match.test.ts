import { describe, expect, it } from 'vitest';
import { matchCurves } from './curve-match.js';

describe('matchCurves', () => {
  it('self-consumes the lesser of both each hour; the rest is bought or exported', () => {
    // Hour by hour: night, morning with less sun than use, noon with surplus.
    const match = matchCurves([500, 800, 300], [0, 600, 1000]);
    expect(match.selfConsumedWh).toEqual([0, 600, 300]);
    expect(match.importedWh).toEqual([500, 200, 0]);
    expect(match.surplusWh).toEqual([0, 0, 700]);
    expect(match.totalSelfConsumedWh).toBe(900);
    expect(match.selfConsumptionPercent).toBe(56.3); // 900 / 1,600
    expect(match.selfSufficiencyPercent).toBe(56.3); // 900 / 1,600
  });

  it('has no percentages without production or consumption, and refuses curves of different hours', () => {
    const match = matchCurves([0, 0], [0, 0]);
    expect(match.selfConsumptionPercent).toBeNull();
    expect(match.selfSufficiencyPercent).toBeNull();
    expect(() => matchCurves([1], [1, 2])).toThrow(RangeError);
  });
});
