import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorState, Skeleton } from '../components/states.js';
import { CodePage } from '../features/auth/code-page.js';
import { LinkRequestPage } from '../features/auth/link-request-page.js';
import { MagicLinkPage } from '../features/auth/magic-link-page.js';
import { SetPasswordPage } from '../features/auth/set-password-page.js';
import { SignInPage } from '../features/auth/sign-in-page.js';
import { errorMessageKey } from '../lib/errors.js';
import { useI18n } from '../lib/i18n.js';
import { loadEntrySession, useEntrySession } from '../lib/session.js';
import { AuthLayout, type ReturnState } from './auth-layout.js';

// The entry: a signed-out visitor gets the sign-in screens without Apollo Client or any portal
// screen's code; a signed-in one gets the portal (signed-in-app.tsx) as a chunk of its own.

export const loadSignedInApp = () => import('./signed-in-app.js');
const SignedInApp = lazy(loadSignedInApp);

export function Root() {
  const { t } = useI18n();
  const location = useLocation();
  const session = useEntrySession();

  switch (session.phase) {
    case 'loading':
      return <Skeleton label={t('common.loading')} />;
    case 'failed':
      return <ErrorState message={t(errorMessageKey(session.error))} retryLabel={t('common.retry')} onRetry={() => void loadEntrySession()} />;
    case 'signed-in':
      return (
        <Suspense fallback={<Skeleton label={t('common.loading')} />}>
          <SignedInApp viewer={session.viewer} />
        </Suspense>
      );
    case 'signed-out':
      return (
        <Routes>
          <Route path="/auth/sign-in" element={<AuthLayout><SignInPage /></AuthLayout>} />
          <Route path="/auth/code" element={<AuthLayout><CodePage /></AuthLayout>} />
          <Route path="/auth/email-link" element={<AuthLayout><LinkRequestPage /></AuthLayout>} />
          <Route path="/auth/link" element={<AuthLayout><MagicLinkPage /></AuthLayout>} />
          <Route path="/auth/set-password" element={<AuthLayout><SetPasswordPage /></AuthLayout>} />
          {/* Signed out on a portal page: sign in first, then come back to it. */}
          <Route path="*" element={<Navigate to="/auth/sign-in" replace state={{ from: location } satisfies ReturnState} />} />
        </Routes>
      );
  }
}
