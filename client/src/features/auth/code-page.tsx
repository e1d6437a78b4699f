import { useRequest } from '../../lib/use-request.js';
import { useState, type FormEvent } from 'react';
import { AuthCard, ErrorText } from '../../components/auth-card.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { REQUEST_SIGN_IN_CODE, SIGN_IN_WITH_CODE } from './auth.documents.js';
import { startSession } from '../../lib/session.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { PasswordSignInLink } from './password-sign-in-link.js';
import { useEmailRequest } from './use-email-request.js';

/** E-mail first, then the 6-digit code; another code only after the wait the server sets. */
export function CodePage({ notice }: { notice?: string }) {
  const { t } = useI18n();
  const { email, setEmail, sent, waitSeconds, send, request } = useEmailRequest(REQUEST_SIGN_IN_CODE, (result) => result.requestSignInCode.retryAfterSeconds);
  const [code, setCode] = useState('');
  const [signInWithCode, signIn] = useRequest(SIGN_IN_WITH_CODE);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The sign-in route sends a signed-in viewer back to where they were going.
    await signInWithCode({ variables: { email, code } }).then(startSession, () => undefined);
  }

  const error = signIn.error ?? request.error;
  return (
    <AuthCard title={t('code.title')}>
      {notice ? <p role="status">{notice}</p> : null}
      {!sent ? (
        <form onSubmit={asyncHandler(send)}>
          <p>{t('code.intro')}</p>
          <label>
            {t('signIn.email')}
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <ErrorText>{error ? t(errorMessageKey(error)) : null}</ErrorText>
          <button type="submit" disabled={request.loading}>
            {t('code.send')}
          </button>
        </form>
      ) : (
        <form onSubmit={asyncHandler(submit)}>
          <p role="status">{t('code.sent')}</p>
          <label>
            {t('code.code')}
            <input
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            />
          </label>
          <ErrorText>{error ? t(errorMessageKey(error)) : null}</ErrorText>
          <button type="submit" disabled={signIn.loading}>
            {t('code.submit')}
          </button>
          <button type="button" className="link" disabled={waitSeconds > 0 || request.loading} onClick={() => void send()}>
            {waitSeconds > 0 ? t('code.resendIn', { seconds: waitSeconds }) : t('code.resend')}
          </button>
        </form>
      )}
      <PasswordSignInLink />
    </AuthCard>
  );
}
