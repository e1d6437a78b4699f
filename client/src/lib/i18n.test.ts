import { createElement, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFormat } from './format.js';
import { defineMessages, hasMessage, I18nProvider, useI18n, type Language } from './i18n.js';

/** The browser's localStorage, as far as the language choice uses it. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** What a component inside the provider renders, as text (server rendering: no DOM needed). */
function rendered(render: () => ReactNode): string {
  function Probe() {
    return createElement('p', null, render());
  }
  return renderToString(createElement(I18nProvider, null, createElement(Probe))).replace(/^<p>|<\/p>$/g, '');
}

const useWords = defineMessages({
  es: { greeting: 'Hola, {name}. Tienes {count} facturas, {name}.' },
  en: { greeting: 'Hello, {name}. You have {count} invoices, {name}.' },
});

describe('I18nProvider', () => {
  afterEach(() => vi.unstubAllGlobals());

  const withStored = (language: string | null) => {
    vi.stubGlobal('localStorage', memoryStorage(language === null ? {} : { 'portal.language': language }));
  };

  it('speaks Spanish unless English was chosen before', () => {
    withStored(null);
    expect(rendered(() => useI18n().t('nav.signOut'))).toBe('Cerrar sesión');
    withStored('en');
    expect(rendered(() => useI18n().t('nav.signOut'))).toBe('Sign out');
  });

  it('falls back to Spanish for a stored value that is not a language', () => {
    withStored('fr');
    expect(rendered(() => useI18n().language)).toBe('es');
  });

  it('fills every occurrence of each placeholder, and leaves unknown ones visible', () => {
    withStored('es');
    expect(rendered(() => useI18n().t('common.pageOf', { page: 2, total: 30 }))).toBe('Página 2 · 30 en total');
    expect(rendered(() => useI18n().t('common.pageOf', { page: 2 }))).toBe('Página 2 · {total} en total');
    withStored('en');
    expect(rendered(() => useWords()('greeting', { name: 'Ana', count: 3 }))).toBe('Hello, Ana. You have 3 invoices, Ana.');
  });

  it('remembers a language chosen for the next visit', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    let setLanguage: (language: Language) => void = () => {};
    rendered(() => {
      setLanguage = useI18n().setLanguage;
      return null;
    });
    setLanguage('en');
    expect(storage.getItem('portal.language')).toBe('en');
    expect(rendered(() => useI18n().t('nav.home'))).toBe('Home');
  });

  it('formats numbers in the chosen language', () => {
    withStored('en');
    expect(rendered(() => useFormat().money('1234.5'))).toBe('€1,234.50');
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
