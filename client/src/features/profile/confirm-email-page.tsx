import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { VIEWER } from '../../lib/viewer.documents.js';
import { CONFIRM_EMAIL_CHANGE, MY_PERSONAL_DATA } from './personal-data.documents.js';
import { usePersonalDataMessages } from './personal-data.messages.js';

const KNOWN_CODES = ['EMAIL_CHANGE_LINK_INVALID', 'EMAIL_TAKEN'] as const;

/**
 * /profile/confirm-email#token=…: the link of the e-mail change. Opening it changes nothing
 * (mail scanners open links); the button does.
 */
export function ConfirmEmailPage() {
  const m = usePersonalDataMessages();
  const { t } = useI18n();
  const location = useLocation();
  const [token] = useState(() => new URLSearchParams(location.hash.replace(/^#/, '')).get('token'));
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, { loading }] = useMutation(CONFIRM_EMAIL_CHANGE, { refetchQueries: [VIEWER, MY_PERSONAL_DATA] });

  async function submit() {
    if (!token) return;
    setProblem(null);
    await confirm({ variables: { token } }).then(
      (result) => {
        // The token is spent: do not keep it in the address bar or the history.
        window.history.replaceState(window.history.state, '', location.pathname);
        setDone(result.data?.confirmEmailChange?.email ?? '');
      },
      (error: unknown) => {
        const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
        const known = KNOWN_CODES.find((candidate) => candidate === code);
        setProblem(known ? m(`confirm.${known}`) : t(errorMessageKey(error)));
      },
    );
  }

  return (
    <>
      <PageHeader title={m('confirm.title')} />
      <section className="card profile-card" aria-label={m('confirm.title')}>
        {!token ? (
          <p role="alert" className="error">
            {m('confirm.noToken')}
          </p>
        ) : done !== null ? (
          <p role="status" className="profile-status">
            {m('confirm.done', { email: done })}
          </p>
        ) : (
          <>
            <p>{m('confirm.intro')}</p>
            <div>
              <button type="button" onClick={() => void submit()} disabled={loading}>
                {m('confirm.submit')}
              </button>
            </div>
            <ErrorAlert message={problem} />
          </>
        )}
        <p>
          <Link to="/profile">{m('confirm.back')}</Link>
        </p>
      </section>
    </>
  );
}
