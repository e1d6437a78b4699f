import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { QueryResult } from '../../../components/query-result.js';
import { errorMessageKey } from '../../../lib/errors.js';
import { useI18n } from '../../../lib/i18n.js';
import { INSTALLATIONS, RESTART_INSTALLATION } from '../installation.documents.js';
import type { ActionScreenProps } from './action-screens.js';
import { ConfirmStep } from './confirm-step.js';
import { INSTALLATION_FAILURE } from './failed.documents.js';
import { useFailedMessages } from './failed.messages.js';

/** The installation could not be completed: why, and "start again" where the flow allows it. */
export default function FailedAction({ installationId }: ActionScreenProps) {
  const m = useFailedMessages();
  const { t } = useI18n();
  const query = useQuery(INSTALLATION_FAILURE, { variables: { id: installationId } });
  const [restart, { loading }] = useMutation(RESTART_INSTALLATION, { refetchQueries: [INSTALLATIONS], awaitRefetchQueries: true });
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restartButton = useRef<HTMLButtonElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const onConfirm = async () => {
    setError(null);
    try {
      // On success the installation is at its first step: the section shows that step's screen.
      await restart({ variables: { id: installationId } });
    } catch (caught) {
      setConfirming(false);
      const code = CombinedGraphQLErrors.is(caught) ? String(caught.errors[0]?.extensions?.code ?? '') : '';
      setError(code === 'RESTART_NOT_ALLOWED' ? m('error.RESTART_NOT_ALLOWED') : t(errorMessageKey(caught)));
      requestAnimationFrame(() => errorRef.current?.focus());
      await query.refetch().catch(() => undefined);
    }
  };

  return (
    <section aria-labelledby="failed-heading" className="action-stack">
      <h3 id="failed-heading" className="flush">
        {m('heading')}
      </h3>
      <QueryResult result={query.data?.installation} query={query}>
        {(installation) => (
          <>
            {installation.failureReason ? (
              <dl className="details">
                <dt>{m('reason')}</dt>
                <dd className="pre-line">{installation.failureReason}</dd>
              </dl>
            ) : (
              <p className="flush">{m('noReason')}</p>
            )}
            {error ? (
              <p ref={errorRef} tabIndex={-1} className="error-state" role="alert">
                {error}
              </p>
            ) : null}
            {installation.restartAllowed ? (
              <>
                <p className="flush">{m('restartIntro')}</p>
                {confirming ? (
                  <ConfirmStep
                    title={m('confirmTitle')}
                    text={m('confirmText')}
                    confirmLabel={m('confirm')}
                    cancelLabel={m('cancel')}
                    busyLabel={m('restarting')}
                    busy={loading}
                    onConfirm={() => void onConfirm()}
                    onCancel={() => {
                      setConfirming(false);
                      requestAnimationFrame(() => restartButton.current?.focus());
                    }}
                  />
                ) : (
                  <div>
                    <button type="button" ref={restartButton} onClick={() => setConfirming(true)}>
                      {m('restart')}
                    </button>
                  </div>
                )}
              </>
            ) : (
              <p className="muted flush">{m('noRestart')}</p>
            )}
          </>
        )}
      </QueryResult>
    </section>
  );
}
