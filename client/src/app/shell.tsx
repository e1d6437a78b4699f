import { useMutation } from '@apollo/client/react';
import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSelect } from '../components/language-select.js';
import { ActingBanner } from './acting-banner.js';
import { Skeleton } from '../components/states.js';
import { startSession } from '../lib/session.js';
import { useI18n, type Language } from '../lib/i18n.js';
import { navigableSections, SECTION_PATHS } from '../lib/section-paths.js';
import { SIGN_OUT, UPDATE_MY_LANGUAGE, type SignedInViewer } from '../lib/viewer.documents.js';

/** The customer portal's frame: menu from viewer.sections (admins also get a way back to /admin). */
export function Shell({ viewer }: { viewer: SignedInViewer }) {
  const { t } = useI18n();
  return (
    <Frame
      viewer={viewer}
      navLabel={t('nav.label')}
      links={[
        { to: '/', label: t('nav.home'), end: true },
        ...navigableSections(viewer.sections).map((section) => ({ to: SECTION_PATHS[section]!, label: t(`section.${section}`) })),
        ...(viewer.isAdmin ? [{ to: '/admin', label: t('nav.admin') }] : []),
      ]}
    />
  );
}

export type FrameLink = { to: string; label: string; end?: boolean };

/**
 * The signed-in frame of both areas: skip link, top bar (language saved per user, profile menu),
 * side menu, and the routed screen in a focusable <main>.
 */
export function Frame({ viewer, navLabel, links }: { viewer: SignedInViewer; navLabel: string; links: FrameLink[] }) {
  const { t, language, setLanguage } = useI18n();
  const [saveLanguage] = useMutation(UPDATE_MY_LANGUAGE);
  const location = useLocation();

  // The user's saved language wins over this browser's last choice.
  const savedLanguage: Language = viewer.language === 'EN' ? 'en' : 'es';
  useEffect(() => setLanguage(savedLanguage), [savedLanguage, setLanguage]);

  function changeLanguage(next: Language) {
    setLanguage(next);
    void saveLanguage({ variables: { language: next === 'en' ? 'EN' : 'ES' } }).catch(() => undefined);
  }

  // Moving to another screen puts keyboard and screen-reader focus on its content.
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <ActingBanner />
      <header className="topbar">
        <Link to="/" className="brand">
          {t('app.title')}
        </Link>
        <div className="topbar-actions">
          <LanguageSelect label={t('common.language')} value={language} onChange={changeLanguage} />
          <ProfileMenu viewer={viewer} />
        </div>
      </header>
      <div className="layout">
        <nav className="side-nav" aria-label={navLabel}>
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={main} tabIndex={-1} className="content">
          <Suspense fallback={<Skeleton label={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

function ProfileMenu({ viewer }: { viewer: SignedInViewer }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [signOut, { loading }] = useMutation(SIGN_OUT);
  const menu = useRef<HTMLDivElement>(null);
  const location = useLocation();

  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  return (
    <div
      className="profile-menu"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button type="button" className="secondary" aria-expanded={open} aria-controls="profile-menu-items" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{viewer.name}</span>
        <span className="visually-hidden">{t('nav.menu', { name: viewer.name })}</span>
      </button>
      {open ? (
        <ul id="profile-menu-items" className="menu-items">
          <li className="menu-email">{viewer.email}</li>
          <li>
            <Link to="/profile">{t('nav.profile')}</Link>
          </li>
          <li>
            <button type="button" className="link" disabled={loading} onClick={() => void signOut().then(startSession, () => undefined)}>
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
