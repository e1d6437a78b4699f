import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { SECTION_PATHS } from '../../../lib/section-paths.js';
import { VIEWER } from '../../../lib/viewer.documents.js';
import type { ActionScreenProps } from './action-screens.js';
import { useSuccessMessages } from './success.messages.js';

/** The installation is done: a celebration and where the paperwork is. */
export default function SuccessAction(_props: ActionScreenProps) {
  const m = useSuccessMessages();
  // The shell has already loaded the viewer: read it from the cache.
  const viewer = useQuery(VIEWER, { fetchPolicy: 'cache-first' }).data?.viewer;
  const documents = viewer?.sections.includes('DOCUMENTS') ? SECTION_PATHS.DOCUMENTS : undefined;
  return (
    <section aria-labelledby="success-heading" className="card success-card">
      <h3 id="success-heading">
        <span aria-hidden="true">☀️ </span>
        {m('heading')}
      </h3>
      <p>{m('text')}</p>
      <p>{m('next')}</p>
      {documents ? (
        <p>
          <Link to={documents}>{m('documents')}</Link>
        </p>
      ) : null}
    </section>
  );
}
