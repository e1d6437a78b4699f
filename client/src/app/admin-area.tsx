import { Navigate, Route, Routes } from 'react-router';
import type { SignedInViewer } from '../lib/viewer.documents.js';
import { useAdminMessages } from './admin.messages.js';
import { ADMIN_SCREENS } from './admin-routes.js';
import { Frame } from './shell.js';
import { NotFound } from './unavailable.js';

/** The staff area (/admin): the same frame as the portal, with the admin menu. Loaded lazily. */
export default function AdminArea({ viewer }: { viewer: SignedInViewer }) {
  const m = useAdminMessages();
  const links = [
    ...ADMIN_SCREENS.map(({ path }) => ({ to: `/admin/${path}`, label: m(`nav.${path}`) })),
    { to: '/', label: m('nav.portal') },
  ];
  return (
    <Routes>
      <Route element={<Frame viewer={viewer} navLabel={m('nav.label')} links={links} />}>
        <Route index element={<Navigate to="users" replace />} />
        {ADMIN_SCREENS.map(({ path, Screen }) => (
          <Route key={path} path={`${path}/*`} element={<Screen />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
