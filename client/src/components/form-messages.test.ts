import { describe, expect, it } from 'vitest';
import { describedByOf } from './form-messages.js';

describe('describedByOf', () => {
  it('names the hint and the error that are shown, and nothing when neither is', () => {
    expect(describedByOf('email', { hint: 'Tu correo', error: 'Obligatorio' })).toBe('email-hint email-error');
    expect(describedByOf('email', { error: 'Obligatorio' })).toBe('email-error');
    expect(describedByOf('email', { hint: 'Tu correo', error: '' })).toBe('email-hint');
    expect(describedByOf('email', {})).toBeUndefined();
  });
});
