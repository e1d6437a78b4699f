import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.js';
import { useI18n } from '../lib/i18n.js';

/** A screen the viewer may not open, reached by URL: refused, with a way home. */
export function NotAvailable() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notAvailable.title')} />
      <p>{t('notAvailable.text')}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </>
  );
}
