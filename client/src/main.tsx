import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { loadSignedInApp, Root } from './app/root.js';
import './app/styles.css';
import { I18nProvider } from './lib/i18n.js';
import { loadEntrySession } from './lib/session.js';

void loadEntrySession();
// Outside the sign-in screens the visitor is most likely signed in: fetch the portal's code
// while the API says who they are (a failure here is retried when the portal renders).
if (!window.location.pathname.startsWith('/auth/')) {
  loadSignedInApp().catch(() => undefined);
  // The home screen is where most visits land: its code too, rather than after the portal's.
  if (window.location.pathname === '/') import('./features/home/home-section.js').catch(() => undefined);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <BrowserRouter>
        <Root />
      </BrowserRouter>
    </I18nProvider>
  </StrictMode>,
);
