import { useRequest } from '../../lib/use-request.js';
import { useLocation, useNavigate } from 'react-router';
import { AuthCard } from '../../components/auth-card.js';
import { useI18n } from '../../lib/i18n.js';
import { REDEEM_MAGIC_LINK } from './auth.documents.js';
import { startSession } from '../../lib/session.js';
import { CodePage } from './code-page.js';
import { tokenFromHash } from './token-from-hash.js';

/**
 * Opening the link only shows this page (mail scanners open links too); the button spends it.
 * A used or expired link falls through to the code screen.
 */
export function MagicLinkPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const token = tokenFromHash(useLocation().hash);
  const [redeem, { loading, error }] = useRequest(REDEEM_MAGIC_LINK);

  if (!token) return <CodePage notice={t('link.missing')} />;
  if (error) return <CodePage notice={t('link.invalid')} />;
  return (
    <AuthCard title={t('link.title')}>
      <p>{t('link.intro')}</p>
      <button
        type="button"
        disabled={loading}
        onClick={() =>
          void redeem({ variables: { token } }).then(async () => {
            await startSession();
            // navigate returns a promise only under a data router; BrowserRouter navigates at once.
            void navigate('/', { replace: true });
          }, () => undefined)
        }
      >
        {t('link.enter')}
      </button>
    </AuthCard>
  );
}
