import { describe, expect, it } from 'vitest';
import { formatIban, parseIban } from './iban.js';

describe('parseIban', () => {
  it('accepts valid IBANs, normalised', () => {
    expect(parseIban('es91 2100 0418 4502 0005 1332')).toEqual({ ok: true, value: 'ES9121000418450200051332', kind: 'IBAN' });
    expect(parseIban('DE89 3704 0044 0532 0130 00')).toMatchObject({ ok: true, value: 'DE89370400440532013000' });
    expect(parseIban('GB82-WEST-1234-5698-7654-32')).toMatchObject({ ok: true, value: 'GB82WEST12345698765432' });
  });

  it('refuses a wrong check, length or format, saying which', () => {
    expect(parseIban('ES9121000418450200051333')).toMatchObject({ ok: false, reason: 'CHECK_CHARACTER' });
    expect(parseIban('ES912100041845020005133')).toMatchObject({ ok: false, reason: 'LENGTH' });
    expect(parseIban('9121000418450200051332ES')).toMatchObject({ ok: false, reason: 'FORMAT' });
    expect(parseIban('ES91 2100/0418')).toMatchObject({ ok: false, reason: 'FORMAT' });
    expect(parseIban('  ')).toMatchObject({ ok: false, reason: 'EMPTY' });
  });

  it('groups by four for reading', () => {
    expect(formatIban('ES9121000418450200051332')).toBe('ES91 2100 0418 4502 0005 1332');
  });
});
