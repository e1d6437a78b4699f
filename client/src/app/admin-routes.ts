import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type AdminScreen = { path: string; Screen: LazyExoticComponent<ComponentType> };

/** The staff screens under /admin, in menu order; each is its own chunk (labels: admin.messages.ts). */
export const ADMIN_SCREENS = [
  { path: 'users', Screen: lazy(() => import('../features/admin-users/admin-users-section.js')) },
  { path: 'accounts', Screen: lazy(() => import('../features/admin-accounts/admin-accounts-section.js')) },
  { path: 'installations', Screen: lazy(() => import('../features/admin-installations/admin-installations-section.js')) },
  { path: 'flows', Screen: lazy(() => import('../features/admin-flows/admin-flows-section.js')) },
  { path: 'incidents', Screen: lazy(() => import('../features/admin-incidents/admin-incidents-section.js')) },
  { path: 'templates', Screen: lazy(() => import('../features/admin-templates/admin-templates-section.js')) },
  { path: 'actions', Screen: lazy(() => import('../features/admin-actions/admin-actions-section.js')) },
  { path: 'outbox', Screen: lazy(() => import('../features/admin-outbox/admin-outbox-section.js')) },
  { path: 'imports', Screen: lazy(() => import('../features/admin-imports/admin-imports-section.js')) },
  { path: 'settings', Screen: lazy(() => import('../features/admin-settings/admin-settings-section.js')) },
] as const satisfies readonly AdminScreen[];

export type AdminPath = (typeof ADMIN_SCREENS)[number]['path'];
