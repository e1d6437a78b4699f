import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFormat } from './format.js';
import { defineMessages, hasMessage, useI18n, type Language } from './i18n.js';
import { storeLanguage, textInLanguage } from './render.testing.js';

const useWords = defineMessages({
  es: { greeting: 'Hola, {name}. Tienes {count} facturas, {name}.' },
  en: { greeting: 'Hello, {name}. You have {count} invoices, {name}.' },
});

describe('I18nProvider', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('speaks Spanish unless English was chosen before', () => {
    storeLanguage(null);
    expect(textInLanguage(undefined, () => useI18n().t('nav.signOut'))).toBe('Cerrar sesión');
    storeLanguage('en');
    expect(textInLanguage(undefined, () => useI18n().t('nav.signOut'))).toBe('Sign out');
  });

  it('falls back to Spanish for a stored value that is not a language', () => {
    storeLanguage('fr');
    expect(textInLanguage(undefined, () => useI18n().language)).toBe('es');
  });

  it('fills every occurrence of each placeholder, and leaves unknown ones visible', () => {
    expect(textInLanguage('es', () => useI18n().t('common.pageOf', { page: 2, total: 30 }))).toBe('Página 2 · 30 en total');
    expect(textInLanguage('es', () => useI18n().t('common.pageOf', { page: 2 }))).toBe('Página 2 · {total} en total');
    expect(textInLanguage('en', () => useWords()('greeting', { name: 'Ana', count: 3 }))).toBe('Hello, Ana. You have 3 invoices, Ana.');
  });

  it('remembers a language chosen for the next visit', () => {
    const storage = storeLanguage(null);
    let setLanguage: (language: Language) => void = () => {};
    textInLanguage(undefined, () => {
      setLanguage = useI18n().setLanguage;
      return null;
    });
    setLanguage('en');
    expect(storage.getItem('portal.language')).toBe('en');
    expect(textInLanguage(undefined, () => useI18n().t('nav.home'))).toBe('Home');
  });

  it('formats numbers in the chosen language', () => {
    expect(textInLanguage('en', () => useFormat().money('1234.5'))).toBe('€1,234.50');
  });

  it('is required around anything that translates', () => {
    expect(() => renderToString(createElement(() => useI18n().t('nav.home')))).toThrow('useI18n outside I18nProvider');
  });
});

describe('hasMessage', () => {
  it('knows the shared messages', () => {
    expect(hasMessage('error.network')).toBe(true);
    expect(hasMessage('error.NOT_A_REASON')).toBe(false);
  });

  it('is false for names every object inherits', () => {
    expect(hasMessage('toString')).toBe(false);
    expect(hasMessage('constructor')).toBe(false);
  });
});
