import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PortalAction } from '../../../__generated__/graphql.js';

/** What every action screen gets: it loads its own data for this installation. */
export type ActionScreenProps = { installationId: string };

/** The screen of each PARTICULAR substate's action; each is its own chunk (the map is heavy). */
export const ACTION_SCREENS: Record<PortalAction, LazyExoticComponent<ComponentType<ActionScreenProps>>> = {
  DOCUMENTS: lazy(() => import('./documents-action.js')),
  OFFER: lazy(() => import('./offer-action.js')),
  CONTRACT_SIGNING: lazy(() => import('./signing-action.js')),
  INSTALLER_VISIT: lazy(() => import('./visit-action.js')),
  FINALIZATION_SUCCESS: lazy(() => import('./success-action.js')),
  FINALIZATION_FAILED: lazy(() => import('./failed-action.js')),
  DRAWING: lazy(() => import('./drawing-action.js')),
};
