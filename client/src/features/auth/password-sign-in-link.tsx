import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n.js';

/** The way back to signing in with a password, under the screens that sign in by e-mail (a code, a link). */
export function PasswordSignInLink() {
  const { t } = useI18n();
  return (
    <p>
      <Link to="/auth/sign-in">{t('signIn.withPassword')}</Link>
    </p>
  );
}
