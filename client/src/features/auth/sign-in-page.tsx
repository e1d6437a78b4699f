import { useRequest } from '../../lib/use-request.js';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AuthCard, ErrorText } from '../../components/auth-card.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { SIGN_IN } from './auth.documents.js';
import { startSession } from '../../lib/session.js';
import { asyncHandler } from '../../lib/async-handler.js';

export function SignInPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading, error }] = useRequest(SIGN_IN);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The sign-in route sends a signed-in viewer back to where they were going.
    await signIn({ variables: { email, password } }).then(startSession, () => undefined);
  }

  return (
    <AuthCard title={t('signIn.title')}>
      <form onSubmit={asyncHandler(submit)}>
        <label>
          {t('signIn.email')}
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('signIn.password')}
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <ErrorText>{error ? t(errorMessageKey(error)) : null}</ErrorText>
        <button type="submit" disabled={loading}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/auth/email-link">{t('signIn.withLink')}</Link>
      </p>
      <p>
        <Link to="/auth/code">{t('signIn.withCode')}</Link>
      </p>
    </AuthCard>
  );
}
