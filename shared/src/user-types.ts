export const USER_TYPES = [
  'WEB_CLIENT',
  'WEB_CLIENT_MEASUREMENTS',
  'WEB_CLIENT_FORECAST',
  'WEB_CLIENT_GENERATOR',
  'SOLAR_CLIENT',
] as const;
export type UserType = (typeof USER_TYPES)[number];

// The order here is the order menus show sections in; sectionsFor keeps it.
export const SECTIONS = [
  'DOCUMENTS',
  'CONTRACTS',
  'INVOICES',
  'MEASUREMENTS',
  'SELF_CONSUMPTION',
  'FORECAST',
  'DEVIATIONS',
  'GENERATION_SETTLEMENTS',
  'MATCHING_PRICES',
  'INSTALLATION',
  'INCIDENTS',
] as const;
export type Section = (typeof SECTIONS)[number];

// The single source of truth for access: server guards and client menus both read it.
// SELF_CONSUMPTION is a section, not a tab of Medidas: the solar client follows their installation
// to its savings without holding MEASUREMENTS, and measurement customers with panels see it too.
export const SECTIONS_BY_USER_TYPE: Readonly<Record<UserType, readonly Section[]>> = {
  WEB_CLIENT: ['DOCUMENTS', 'CONTRACTS', 'INVOICES'],
  WEB_CLIENT_MEASUREMENTS: ['DOCUMENTS', 'CONTRACTS', 'INVOICES', 'MEASUREMENTS', 'SELF_CONSUMPTION'],
  WEB_CLIENT_FORECAST: ['DOCUMENTS', 'CONTRACTS', 'INVOICES', 'MEASUREMENTS', 'SELF_CONSUMPTION', 'FORECAST', 'DEVIATIONS'],
  WEB_CLIENT_GENERATOR: ['DOCUMENTS', 'GENERATION_SETTLEMENTS', 'MATCHING_PRICES'],
  SOLAR_CLIENT: ['DOCUMENTS', 'SELF_CONSUMPTION', 'INSTALLATION', 'INCIDENTS'],
};

/** Sections reachable by a user holding all the given types, in SECTIONS order, without duplicates. */
export function sectionsFor(userTypes: Iterable<UserType>): Section[] {
  const granted = new Set<Section>();
  for (const userType of userTypes) {
    for (const section of SECTIONS_BY_USER_TYPE[userType]) granted.add(section);
  }
  return SECTIONS.filter((section) => granted.has(section));
}

export function isUserType(value: string): value is UserType {
  return (USER_TYPES as readonly string[]).includes(value);
}

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}
