import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../__generated__/gql.js';
import { startSession } from '../lib/session.js';
import { errorMessageKey } from '../lib/errors.js';
import { defineMessages, useI18n } from '../lib/i18n.js';
import './acting-banner.css';

// While an admin views the portal as a customer ("act as this customer"), every screen says so,
// read-only, with the way back. The server refuses every change in that state anyway.

const ACTING_VIEWER = graphql(`
  query ActingBannerViewer {
    viewer {
      id
      name
      readOnly
      actingAdmin {
        name
        email
      }
    }
  }
`);

const STOP_ACTING = graphql(`
  mutation ActingBannerStop {
    stopActingAs {
      id
    }
  }
`);

const useMessages = defineMessages({
  es: {
    label: 'Vista de cliente',
    text: 'Viendo el portal como {name} — solo lectura',
    back: 'Volver a administración',
  },
  en: {
    label: 'Customer view',
    text: 'Viewing the portal as {name} — read-only',
    back: 'Back to administration',
  },
});

export function ActingBanner() {
  const m = useMessages();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data } = useQuery(ACTING_VIEWER);
  const [stop, { loading }] = useMutation(STOP_ACTING);
  const [problem, setProblem] = useState<string | null>(null);
  const viewer = data?.viewer;
  if (!viewer?.readOnly) return null;

  async function back(userId: string) {
    setProblem(null);
    try {
      await stop();
      // Navigate first: the banner unmounts once the viewer is the admin again. Then nothing
      // cached as the customer stays for the admin.
      await navigate(`/admin/users/${userId}`);
      await startSession();
    } catch (error) {
      setProblem(t(errorMessageKey(error)));
    }
  }

  return (
    <div className="acting-banner" role="region" aria-label={m('label')}>
      <p>
        <strong>{m('text', { name: viewer.name })}</strong>
      </p>
      <button type="button" disabled={loading} onClick={() => void back(viewer.id)}>
        {m('back')}
      </button>
      {problem ? (
        <p role="alert" className="acting-banner-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
