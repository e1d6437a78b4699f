import { useQuery } from '@apollo/client/react';
import { Navigate, Route, Routes } from 'react-router';
import { CodePage } from '../features/auth/code-page.js';
import { MagicLinkPage } from '../features/auth/magic-link-page.js';
import { SetPasswordPage } from '../features/auth/set-password-page.js';
import { SignInPage } from '../features/auth/sign-in-page.js';
import { HomePage } from '../features/home/home-page.js';
import { useI18n, type Language } from '../lib/i18n.js';
import { VIEWER } from '../lib/viewer.documents.js';

export function App() {
  const { t, language, setLanguage } = useI18n();
  const { data, loading } = useQuery(VIEWER);
  const viewer = data?.viewer ?? null;

  return (
    <>
      <header className="topbar">
        <span className="brand">{t('app.title')}</span>
        <label>
          <span className="visually-hidden">{t('common.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="es">Español</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      {loading ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <Routes>
          <Route path="/auth/sign-in" element={viewer ? <Navigate to="/" replace /> : <SignInPage />} />
          <Route path="/auth/code" element={viewer ? <Navigate to="/" replace /> : <CodePage />} />
          <Route path="/auth/link" element={<MagicLinkPage />} />
          <Route path="/auth/set-password" element={<SetPasswordPage />} />
          <Route path="*" element={viewer ? <HomePage viewer={viewer} /> : <Navigate to="/auth/sign-in" replace />} />
        </Routes>
      )}
    </>
  );
}
