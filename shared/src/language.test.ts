import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from './language.js';

describe('language', () => {
  it('defaults to a known language', () => {
    expect(LANGUAGES).toContain(DEFAULT_LANGUAGE);
  });

  it('recognises only the listed languages', () => {
    expect(LANGUAGES.every(isLanguage)).toBe(true);
    expect(isLanguage('ES')).toBe(false);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
