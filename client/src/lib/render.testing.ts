import { createElement, type ReactElement, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { vi } from 'vitest';
import { I18nProvider, type Language } from './i18n.js';

// Server rendering is enough for what unit tests read (text, attributes): no DOM, no jsdom.

/** The browser's localStorage as far as the language choice uses it; undo with vi.unstubAllGlobals(). */
export function storeLanguage(language: string | null): { getItem: (key: string) => string | null; setItem: (key: string, value: string) => void } {
  const items = new Map(language === null ? [] : [['portal.language', language]]);
  const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  vi.stubGlobal('localStorage', storage);
  return storage;
}

/** The HTML of an element inside the app's I18nProvider, in a language (unset: the stored one). */
export function renderInLanguage(language: Language | undefined, element: ReactElement): string {
  if (language) storeLanguage(language);
  return renderToString(createElement(I18nProvider, null, element));
}

/** What a hook-calling function returns inside the provider, as rendered text. */
export function textInLanguage(language: Language | undefined, render: () => ReactNode): string {
  function Probe() {
    return createElement('p', null, render());
  }
  return renderInLanguage(language, createElement(Probe)).replace(/^<p>|<\/p>$/g, '');
}
