import { describe, expect, it } from 'vitest';
import { ANONYMOUS_OPERATION, OperationLabels, OTHER_OPERATION } from './operation-labels.js';

describe('operation labels', () => {
  it('keeps plain names up to the limit, then folds new ones; names already seen keep their label', () => {
    const labels = new OperationLabels(3);
    expect(['A', 'B', 'C'].map((name) => labels.labelOf(name))).toEqual(['A', 'B', 'C']);
    expect(labels.labelOf('D')).toBe(OTHER_OPERATION);
    expect(labels.labelOf('B')).toBe('B');
    // An attacker's stream of fresh names adds no label value.
    const values = new Set(Array.from({ length: 10_000 }, (_, i) => labels.labelOf(`Op${i}`)));
    expect(values).toEqual(new Set([OTHER_OPERATION]));
  });

  it('folds names that are not plain identifiers of at most 64 characters, and names unnamed operations', () => {
    const labels = new OperationLabels(100);
    for (const name of ['x'.repeat(65), 'with space', 'ñ', '1leadingDigit', 'a"b', '']) expect(labels.labelOf(name), name).toBe(OTHER_OPERATION);
    expect(labels.labelOf('x'.repeat(64))).toBe('x'.repeat(64));
    expect(labels.labelOf(undefined)).toBe(ANONYMOUS_OPERATION);
  });
});
