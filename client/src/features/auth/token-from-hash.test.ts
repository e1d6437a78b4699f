import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './token-from-hash.js';

describe('tokenFromHash', () => {
  it('reads the token of the URL fragment, decoded', () => {
    expect(tokenFromHash('#token=abc123')).toBe('abc123');
    expect(tokenFromHash('#next=%2Fhome&token=a%2Bb%3D')).toBe('a+b=');
    expect(tokenFromHash('token=abc')).toBe('abc');
  });

  it('is null when the fragment has no token', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
    expect(tokenFromHash('#tokens=abc')).toBeNull();
  });
});
