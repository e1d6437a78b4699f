import { describe, it, expect } from 'vitest';
import { MOD23_LETTERS } from './check-letters.js';

describe('MOD23_LETTERS', () => {
  it('has 23 distinct letters, leaving out the easily confused I, O, U and Ñ', () => {
    expect(MOD23_LETTERS).toHaveLength(23);
    expect(new Set(MOD23_LETTERS).size).toBe(23);
    expect(MOD23_LETTERS).toMatch(/^[A-Z]+$/);
    for (const letter of ['I', 'O', 'U', 'Ñ']) expect(MOD23_LETTERS).not.toContain(letter);
  });
});
