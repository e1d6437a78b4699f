import { describe, it, expect } from 'vitest';
import { SECTIONS, SECTIONS_BY_USER_TYPE, USER_TYPES, isSection, isUserType, sectionsFor, type Section, type UserType } from './user-types.js';

const EXPECTED: Record<UserType, Section[]> = {
  WEB_CLIENT: ['DOCUMENTS', 'CONTRACTS', 'INVOICES'],
  WEB_CLIENT_MEASUREMENTS: ['DOCUMENTS', 'CONTRACTS', 'INVOICES', 'MEASUREMENTS', 'SELF_CONSUMPTION'],
  WEB_CLIENT_FORECAST: ['DOCUMENTS', 'CONTRACTS', 'INVOICES', 'MEASUREMENTS', 'SELF_CONSUMPTION', 'FORECAST', 'DEVIATIONS'],
  WEB_CLIENT_GENERATOR: ['DOCUMENTS', 'GENERATION_SETTLEMENTS', 'MATCHING_PRICES'],
  SOLAR_CLIENT: ['DOCUMENTS', 'SELF_CONSUMPTION', 'INSTALLATION', 'INCIDENTS'],
};

describe('USER_TYPES and SECTIONS', () => {
  it('lists the five user types', () => {
    expect(USER_TYPES).toEqual(['WEB_CLIENT', 'WEB_CLIENT_MEASUREMENTS', 'WEB_CLIENT_FORECAST', 'WEB_CLIENT_GENERATOR', 'SOLAR_CLIENT']);
  });

  it('lists the eleven sections in menu order', () => {
    expect(SECTIONS).toEqual([
      'DOCUMENTS', 'CONTRACTS', 'INVOICES', 'MEASUREMENTS', 'SELF_CONSUMPTION', 'FORECAST',
      'DEVIATIONS', 'GENERATION_SETTLEMENTS', 'MATCHING_PRICES', 'INSTALLATION', 'INCIDENTS',
    ]);
  });

  it('has a matrix row for every user type and nothing else', () => {
    expect(Object.keys(SECTIONS_BY_USER_TYPE).sort()).toEqual([...USER_TYPES].sort());
  });

  it('gives every section to at least one user type', () => {
    expect(sectionsFor(USER_TYPES)).toEqual([...SECTIONS]);
  });

  it('lists each matrix row in SECTIONS order without duplicates', () => {
    for (const userType of USER_TYPES) {
      const row = SECTIONS_BY_USER_TYPE[userType];
      expect(new Set(row).size).toBe(row.length);
      expect([...row]).toEqual(SECTIONS.filter((section) => row.includes(section)));
    }
  });
});

describe('sectionsFor', () => {
  it.each(USER_TYPES)('gives %s exactly its matrix row', (userType) => {
    expect(SECTIONS_BY_USER_TYPE[userType]).toEqual(EXPECTED[userType]);
    expect(sectionsFor([userType])).toEqual(EXPECTED[userType]);
  });

  it('returns nothing for no user types', () => {
    expect(sectionsFor([])).toEqual([]);
  });

  it('joins web client and generator in SECTIONS order', () => {
    expect(sectionsFor(['WEB_CLIENT_GENERATOR', 'WEB_CLIENT'])).toEqual([
      'DOCUMENTS', 'CONTRACTS', 'INVOICES', 'GENERATION_SETTLEMENTS', 'MATCHING_PRICES',
    ]);
  });

  it('joins measurements and solar clients', () => {
    expect(sectionsFor(['SOLAR_CLIENT', 'WEB_CLIENT_MEASUREMENTS'])).toEqual([
      'DOCUMENTS', 'CONTRACTS', 'INVOICES', 'MEASUREMENTS', 'SELF_CONSUMPTION', 'INSTALLATION', 'INCIDENTS',
    ]);
  });

  it('adds nothing when one type includes the other', () => {
    expect(sectionsFor(['WEB_CLIENT_FORECAST', 'WEB_CLIENT', 'WEB_CLIENT_MEASUREMENTS'])).toEqual(EXPECTED.WEB_CLIENT_FORECAST);
  });

  it('ignores repeated user types', () => {
    expect(sectionsFor(['SOLAR_CLIENT', 'SOLAR_CLIENT'])).toEqual(EXPECTED.SOLAR_CLIENT);
  });

  it('accepts any iterable, such as a Set', () => {
    expect(sectionsFor(new Set<UserType>(['WEB_CLIENT', 'SOLAR_CLIENT']))).toEqual([
      'DOCUMENTS', 'CONTRACTS', 'INVOICES', 'SELF_CONSUMPTION', 'INSTALLATION', 'INCIDENTS',
    ]);
  });

  it('returns a fresh array that callers may change', () => {
    const sections = sectionsFor(['WEB_CLIENT']);
    sections.push('INCIDENTS');
    expect(SECTIONS_BY_USER_TYPE.WEB_CLIENT).toEqual(EXPECTED.WEB_CLIENT);
    expect(sectionsFor(['WEB_CLIENT'])).toEqual(EXPECTED.WEB_CLIENT);
  });
});

describe('isUserType and isSection', () => {
  it.each(USER_TYPES)('accepts user type %s', (value) => {
    expect(isUserType(value)).toBe(true);
  });

  it.each(['', 'web_client', 'WEB_CLIENT ', 'ADMIN', 'DOCUMENTS'])('rejects user type %j', (value) => {
    expect(isUserType(value)).toBe(false);
  });

  it.each(SECTIONS)('accepts section %s', (value) => {
    expect(isSection(value)).toBe(true);
  });

  it.each(['', 'documents', 'INVOICE', 'WEB_CLIENT', 'toString'])('rejects section %j', (value) => {
    expect(isSection(value)).toBe(false);
  });
});
