import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { assertPasswordAllowed, brokenPasswordRule, hashPassword, verifyAgainstDummy, verifyPassword } from './password.js';

const EMAIL = 'ana.garcia@example.com';

describe('password rules', () => {
  it('accepts a long, uncommon password', () => {
    expect(brokenPasswordRule('tejado-soleado-42', EMAIL)).toBeNull();
  });

  it('names the rule that failed', () => {
    expect(brokenPasswordRule('corta-123', EMAIL)).toBe('TOO_SHORT'); // 9 characters
    expect(brokenPasswordRule('x'.repeat(129), EMAIL)).toBe('TOO_LONG');
    expect(brokenPasswordRule('contraseña123', EMAIL)).toBe('TOO_COMMON');
    expect(brokenPasswordRule(EMAIL, EMAIL)).toBe('SAME_AS_EMAIL');
  });

  it('takes exactly 10 and 128 characters, counting characters rather than UTF-16 units', () => {
    expect(brokenPasswordRule('ab3$ef7&ij', EMAIL)).toBeNull();
    expect(brokenPasswordRule('q'.repeat(127) + 'z', EMAIL)).toBeNull();
    // Nine emoji are 18 UTF-16 units but nine characters.
    expect(brokenPasswordRule('🌞'.repeat(9), EMAIL)).toBe('TOO_SHORT');
    expect(brokenPasswordRule('🌞'.repeat(10), EMAIL)).toBeNull();
  });

  it('compares with the common list and the e-mail case-insensitively', () => {
    expect(brokenPasswordRule('RealMadrid123', EMAIL)).toBe('TOO_COMMON');
    expect(brokenPasswordRule('QWERTYUIOP', EMAIL)).toBe('TOO_COMMON');
    expect(brokenPasswordRule('Ana.Garcia@Example.com', EMAIL)).toBe('SAME_AS_EMAIL');
  });

  it('ships a few hundred common passwords, Spanish ones among them, all lower-cased', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    for (const password of COMMON_PASSWORDS) expect(password).toBe(password.toLowerCase());
    for (const spanish of ['contraseña', 'teamo', 'barcelona', 'bienvenido']) expect(COMMON_PASSWORDS).toContain(spanish);
  });

  it('throws BAD_USER_INPUT naming the argument, the reason and the rule in English', () => {
    let caught: unknown;
    try {
      assertPasswordAllowed('new', 'short', EMAIL);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      message: 'Invalid new: the password must have at least 10 characters.',
      code: 'BAD_USER_INPUT',
      details: { argument: 'new', reason: 'TOO_SHORT' },
    });
  });
});

describe('password hashing', () => {
  it('stores argon2id, verifies the right password only, and never verifies against the dummy', async () => {
    const stored = await hashPassword('tejado-soleado-42');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(await verifyPassword(stored, 'tejado-soleado-42')).toBe(true);
    expect(await verifyPassword(stored, 'Tejado-soleado-42')).toBe(false);
    expect(await verifyPassword('not a hash', 'tejado-soleado-42')).toBe(false);
    expect(await verifyAgainstDummy('tejado-soleado-42')).toBe(false);
  });
});
