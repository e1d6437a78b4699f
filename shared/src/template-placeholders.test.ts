import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholderList, placeholdersIn, placeholderText } from './template-placeholders.js';

describe('fillPlaceholders', () => {
  it('replaces the given placeholders and leaves unknown ones visible', () => {
    const text = 'Hola |client_name|, entra en |portal_link| (|typo_variable|).';
    expect(fillPlaceholders(text, { client_name: 'Ana', portal_link: 'https://portal.example/x' })).toBe(
      'Hola Ana, entra en https://portal.example/x (|typo_variable|).',
    );
  });

  it('never expands placeholders inside a substituted value', () => {
    expect(fillPlaceholders('|client_name| |portal_link|', { client_name: '|portal_link|', portal_link: 'L' })).toBe(
      '|portal_link| L',
    );
  });

  it('ignores inherited keys of the values object', () => {
    expect(fillPlaceholders('|toString|', {})).toBe('|toString|');
  });
});

describe('placeholdersIn', () => {
  it('does not take prose with pipes for placeholders', () => {
    expect(placeholdersIn('a | b | c and |x y| and ||')).toEqual([]);
    expect(placeholdersIn('|a| |b| |a|')).toEqual(['a', 'b']);
  });

  it('lists placeholders as a person reads them in a message', () => {
    expect(placeholderList(['client_name', 'portal_link'])).toBe('|client_name|, |portal_link|');
    expect(placeholderList([])).toBe('');
  });

  it('reads back what placeholderText writes', () => {
    expect(placeholdersIn(`${placeholderText('offer_amount')} €`)).toEqual(['offer_amount']);
  });
});
