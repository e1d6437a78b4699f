import { describe, expect, it } from 'vitest';
import { errorIdOf, fieldOfArgument, joinIds, presentProblems } from './use-form.js';

describe('form hook helpers', () => {
  it('maps an API argument to the field it names', () => {
    expect(fieldOfArgument('input.email')).toBe('email');
    expect(fieldOfArgument('input.relatedFiscalIds[2]')).toBe('relatedFiscalIds');
    expect(fieldOfArgument('input.portalName.es')).toBe('portalName');
    expect(fieldOfArgument('templateKey')).toBe('templateKey');
    expect(fieldOfArgument(undefined)).toBeUndefined();
  });

  it('keeps only problems with a text', () => {
    expect(presentProblems({ name: 'Obligatorio', email: undefined, company: '' })).toEqual({ name: 'Obligatorio' });
  });

  it('joins describing ids, undefined when none is left', () => {
    expect(joinIds('a-hint', false, undefined, 'a-error')).toBe('a-hint a-error');
    expect(joinIds(false, null)).toBeUndefined();
  });

  it('makes an error id safe for field names with separators', () => {
    expect(errorIdOf(':r1:', 'cups:ES0021000000000001AA')).toBe(':r1:-cups_ES0021000000000001AA-error');
    expect(errorIdOf(':r1:', 'related:3')).toBe(':r1:-related_3-error');
  });
});
