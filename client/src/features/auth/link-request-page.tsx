import { AuthCard, ErrorText } from '../../components/auth-card.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { REQUEST_SIGN_IN_LINK } from './auth.documents.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { PasswordSignInLink } from './password-sign-in-link.js';
import { useEmailRequest } from './use-email-request.js';

/** "Email me a link": the same answer whether or not the address is registered; another after the server's wait. */
export function LinkRequestPage() {
  const { t } = useI18n();
  const { email, setEmail, sent, waitSeconds, send, request } = useEmailRequest(REQUEST_SIGN_IN_LINK, (result) => result.requestSignInLink.retryAfterSeconds);

  return (
    <AuthCard title={t('linkRequest.title')}>
      <form onSubmit={asyncHandler(send)}>
        {sent ? <p role="status">{t('linkRequest.sent')}</p> : <p>{t('linkRequest.intro')}</p>}
        <label>
          {t('signIn.email')}
          <input type="email" autoComplete="username" required readOnly={sent} value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <ErrorText>{request.error ? t(errorMessageKey(request.error)) : null}</ErrorText>
        <button type="submit" disabled={request.loading || waitSeconds > 0}>
          {!sent ? t('linkRequest.send') : waitSeconds > 0 ? t('linkRequest.resendIn', { seconds: waitSeconds }) : t('linkRequest.resend')}
        </button>
      </form>
      <PasswordSignInLink />
    </AuthCard>
  );
}
