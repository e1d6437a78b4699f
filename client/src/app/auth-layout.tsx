import type { ReactNode } from 'react';
import type { Location } from 'react-router';
import { LanguageSelect } from '../components/language-select.js';
import { useI18n } from '../lib/i18n.js';

/** Where a signed-out visitor was going: sign-in sends them back there. */
export type ReturnState = { from?: Location } | null;

/** Sign-in screens: the brand and the language choice, nothing else. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <header className="topbar">
        <span className="brand">{t('app.title')}</span>
        <LanguageSelect label={t('common.language')} value={language} onChange={setLanguage} />
      </header>
      {children}
    </>
  );
}
