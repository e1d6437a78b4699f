import type { Section } from '@portal/shared';

/** The URL of each section that has a screen; the menu, home links and routes all read it. */
export const SECTION_PATHS: Partial<Record<Section, string>> = {
  DOCUMENTS: '/documents',
  CONTRACTS: '/contracts',
  INVOICES: '/invoices',
  MEASUREMENTS: '/measurements',
  SELF_CONSUMPTION: '/self-consumption',
  FORECAST: '/forecast',
  DEVIATIONS: '/deviations',
  GENERATION_SETTLEMENTS: '/settlements',
  MATCHING_PRICES: '/prices',
  INSTALLATION: '/installation',
  INCIDENTS: '/incidents',
};

/** The viewer's sections that have a screen, in menu order. */
export function navigableSections(sections: readonly Section[]): Section[] {
  return sections.filter((section) => SECTION_PATHS[section] !== undefined);
}
