import { describe, expect, it } from 'vitest';
import { isSameAsEmail, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from './password.js';

describe('password length', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(passwordLength('😀😀😀😀😀')).toBe(5);
    expect(passwordLength('contraseña')).toBe(10);
  });

  it('has a sensible range', () => {
    expect(PASSWORD_MIN_LENGTH).toBeLessThan(PASSWORD_MAX_LENGTH);
  });
});

describe('isSameAsEmail', () => {
  it('ignores case and surrounding spaces', () => {
    expect(isSameAsEmail(' Ana@Example.com ', 'ana@example.com')).toBe(true);
  });

  it('is false for any other text', () => {
    expect(isSameAsEmail('ana@example.co', 'ana@example.com')).toBe(false);
    expect(isSameAsEmail('', 'ana@example.com')).toBe(false);
  });
});
