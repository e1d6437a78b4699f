import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../lib/i18n.js';
import type { ViewerQuery } from '../../__generated__/graphql.js';
import { SIGN_OUT, VIEWER } from '../../lib/viewer.documents.js';

/** Placeholder home until the portal screens land: who is signed in and their sections. */
export function HomePage({ viewer }: { viewer: NonNullable<ViewerQuery['viewer']> }) {
  const { t } = useI18n();
  const [signOut, { loading }] = useMutation(SIGN_OUT, { refetchQueries: [VIEWER], awaitRefetchQueries: true });
  return (
    <main className="page">
      <h1>{t('home.hello', { name: viewer.name })}</h1>
      <h2>{t('home.sections')}</h2>
      <ul>
        {viewer.sections.map((section) => (
          <li key={section}>{section}</li>
        ))}
      </ul>
      <button type="button" disabled={loading} onClick={() => void signOut()}>
        {t('home.signOut')}
      </button>
    </main>
  );
}
