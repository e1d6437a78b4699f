import { useRequest } from '../../lib/use-request.js';
import { requestGraphQL } from '../../lib/graphql-request.js';
import { isSameAsEmail, PASSWORD_MIN_LENGTH, passwordLength } from '@portal/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AuthCard, ErrorText } from '../../components/auth-card.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { SET_PASSWORD, SET_PASSWORD_LINK } from './auth.documents.js';
import { startSession } from '../../lib/session.js';
import { CodePage } from './code-page.js';
import { tokenFromHash } from './token-from-hash.js';
import { asyncHandler } from '../../lib/async-handler.js';

/** What the server says of the link: to whom it went while it still works, else null; undefined while asking. */
type LinkCheck = { email: string | null } | { failed: true } | undefined;

/**
 * The welcome link: a used or expired link says so before the form; otherwise choose a
 * password (each rule ticked as you type), then enter.
 */
export function SetPasswordPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const token = tokenFromHash(useLocation().hash);
  const [password, setPassword] = useState('');
  const [link, setLink] = useState<LinkCheck>(undefined);
  // Asked once when the page opens: once the password is saved, the link is used.
  useEffect(() => {
    if (!token) return;
    let current = true;
    requestGraphQL(SET_PASSWORD_LINK, { token }).then(
      (data) => current && setLink({ email: data.setPasswordLink?.email ?? null }),
      () => current && setLink({ failed: true }),
    );
    return () => {
      current = false;
    };
  }, [token]);
  const [save, { loading, error }] = useRequest(SET_PASSWORD);

  if (!token) return <CodePage notice={t('link.missing')} />;
  if (!link) {
    return (
      <AuthCard title={t('setPassword.title')}>
        <p role="status">{t('common.loading')}</p>
      </AuthCard>
    );
  }
  // A failed check (network) still shows the form: submitting then says what is wrong.
  const email = 'email' in link ? link.email : undefined;
  if (email === null) return <CodePage notice={t('link.invalid')} />;
  const longEnough = passwordLength(password) >= PASSWORD_MIN_LENGTH;
  const notEmail = password !== '' && email !== undefined && !isSameAsEmail(password, email);

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
          <li data-met={notEmail}>{(notEmail ? '✓ ' : '• ') + t('setPassword.ruleNotEmail')}</li>
        </ul>
        <ErrorText>{error ? t(errorMessageKey(error)) : null}</ErrorText>
        <button type="submit" disabled={loading || !longEnough || (email !== undefined && !notEmail)}>
          {t('setPassword.submit')}
        </button>
      </form>
    </AuthCard>
  );
}
