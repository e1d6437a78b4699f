import { useRequest } from '../../lib/use-request.js';
import { PASSWORD_MIN_LENGTH, passwordLength } from '@portal/shared';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AuthCard, ErrorText } from '../../components/auth-card.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { SET_PASSWORD } from './auth.documents.js';
import { startSession } from '../../lib/session.js';
import { CodePage } from './code-page.js';
import { tokenFromHash } from './token-from-hash.js';
import { asyncHandler } from '../../lib/async-handler.js';

/** The welcome link: choose a password (rules shown as you type), then enter. */
export function SetPasswordPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const token = tokenFromHash(useLocation().hash);
  const [password, setPassword] = useState('');
  const [save, { loading, error }] = useRequest(SET_PASSWORD);

  if (!token) return <CodePage notice={t('link.missing')} />;
  const longEnough = passwordLength(password) >= PASSWORD_MIN_LENGTH;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save({ variables: { token: token!, password } }).then(async () => {
      await startSession();
      // navigate returns a promise only under a data router; BrowserRouter navigates at once.
      void navigate('/', { replace: true });
    }, () => undefined);
  }

  return (
    <AuthCard title={t('setPassword.title')}>
      <form onSubmit={asyncHandler(submit)}>
        <label>
          {t('setPassword.password')}
          <input
            type="password"
            autoComplete="new-password"
            required
            value={password}
            aria-describedby="password-rules"
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <ul id="password-rules" className="rules">
          <li data-met={longEnough}>{(longEnough ? '✓ ' : '• ') + t('setPassword.ruleLength')}</li>
          <li>{'• ' + t('setPassword.ruleNotEmail')}</li>
        </ul>
        <ErrorText>{error ? t(errorMessageKey(error)) : null}</ErrorText>
        <button type="submit" disabled={loading || !longEnough}>
          {t('setPassword.submit')}
        </button>
      </form>
    </AuthCard>
  );
}
