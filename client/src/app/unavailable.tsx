import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.js';
import { useI18n } from '../lib/i18n.js';

/** A page that only says why there is nothing to show here, with a way home. */
function DeadEnd({ reason }: { reason: 'notAvailable' | 'notFound' }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t(`${reason}.title`)} />
      <p>{t(`${reason}.text`)}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </>
  );
}

/** A screen the viewer may not open, reached by URL: refused, with a way home. */
export function NotAvailable() {
  return <DeadEnd reason="notAvailable" />;
}

export function NotFound() {
  return <DeadEnd reason="notFound" />;
}
