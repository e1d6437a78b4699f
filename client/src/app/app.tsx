import { useQuery } from '@apollo/client/react';
import { SECTIONS } from '@portal/shared';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorState, Skeleton } from '../components/states.js';
import { CodePage } from '../features/auth/code-page.js';
import { MagicLinkPage } from '../features/auth/magic-link-page.js';
import { SetPasswordPage } from '../features/auth/set-password-page.js';
import { SignInPage } from '../features/auth/sign-in-page.js';
import { errorMessageKey } from '../lib/errors.js';
import { useI18n } from '../lib/i18n.js';
import { SECTION_PATHS } from '../lib/section-paths.js';
import { VIEWER } from '../lib/viewer.documents.js';
import { HomeScreen, ProfileScreen, SECTION_SCREENS } from './section-routes.js';
import { AuthLayout, type ReturnState } from './auth-layout.js';
import { Shell } from './shell.js';
import { NotAvailable, NotFound } from './unavailable.js';

// Staff screens are one lazy chunk: nothing of them is in the customer's initial download.
const AdminArea = lazy(() => import('./admin-area.js'));

export function App() {
  const { t } = useI18n();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(VIEWER);
  const viewer = data?.viewer ?? null;

  if (loading && !data) return <Skeleton label={t('common.loading')} />;
  if (error && !data) {
    return <ErrorState message={t(errorMessageKey(error))} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }

  // Signed out on a portal page: sign in first, then come back to it.
  const signInFirst = <Navigate to="/auth/sign-in" replace state={{ from: location } satisfies ReturnState} />;
  const from = (location.state as ReturnState)?.from;
  const backToWhereTheyWere = <Navigate to={from ? `${from.pathname}${from.search}${from.hash}` : viewer?.isAdmin ? '/admin' : '/'} replace />;

  return (
    <Routes>
      <Route path="/auth/sign-in" element={viewer ? backToWhereTheyWere : <AuthLayout><SignInPage /></AuthLayout>} />
      <Route path="/auth/code" element={viewer ? backToWhereTheyWere : <AuthLayout><CodePage /></AuthLayout>} />
      <Route path="/auth/link" element={<AuthLayout><MagicLinkPage /></AuthLayout>} />
      <Route path="/auth/set-password" element={<AuthLayout><SetPasswordPage /></AuthLayout>} />
      <Route path="/admin/*" element={viewer ? viewer.isAdmin ? <Suspense fallback={<Skeleton label={t('common.loading')} />}><AdminArea viewer={viewer} /></Suspense> : <Shell viewer={viewer} /> : signInFirst}>
        <Route path="*" element={<NotAvailable />} />
      </Route>
      <Route element={viewer ? <Shell viewer={viewer} /> : signInFirst}>
        <Route index element={<HomeScreen />} />
        <Route path="profile/*" element={<ProfileScreen />} />
        {SECTIONS.map((section) => {
          const Screen = SECTION_SCREENS[section];
          const path = SECTION_PATHS[section];
          if (!Screen || !path) return null;
          const allowed = viewer?.sections.includes(section);
          return <Route key={section} path={`${path.slice(1)}/*`} element={allowed ? <Screen /> : <NotAvailable />} />;
        })}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
