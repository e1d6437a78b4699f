import type { Section } from '@portal/shared';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** Each screen is its own chunk, loaded on first visit (paths: lib/section-paths.ts). */
export const SECTION_SCREENS: Partial<Record<Section, LazyExoticComponent<ComponentType>>> = {
  DOCUMENTS: lazy(() => import('../features/documents/documents-section.js')),
  CONTRACTS: lazy(() => import('../features/contracts/contracts-section.js')),
  INVOICES: lazy(() => import('../features/invoices/invoices-section.js')),
  MEASUREMENTS: lazy(() => import('../features/measurements/measurements-section.js')),
  SELF_CONSUMPTION: lazy(() => import('../features/self-consumption/self-consumption-section.js')),
  FORECAST: lazy(() => import('../features/forecast/forecast-section.js')),
  DEVIATIONS: lazy(() => import('../features/deviations/deviations-section.js')),
  GENERATION_SETTLEMENTS: lazy(() => import('../features/generation-settlements/settlements-section.js')),
  MATCHING_PRICES: lazy(() => import('../features/matching-prices/prices-section.js')),
  INSTALLATION: lazy(() => import('../features/installation/installation-section.js')),
  INCIDENTS: lazy(() => import('../features/incidents/incidents-section.js')),
};

export const HomeScreen = lazy(() => import('../features/home/home-section.js'));
export const ProfileScreen = lazy(() => import('../features/profile/profile-section.js'));
