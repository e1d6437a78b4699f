import { DEFAULT_LANGUAGE, type UserType } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_USER_SCOPES, type DemoUserScope } from './demo-data.js';
import { hashPassword } from '../modules/auth/password.js';
import { User, UserStatus } from '../modules/users/user.entity.js';

/** Local and demo databases only (never production): every demo user signs in with it. */
export const DEMO_PASSWORD = 'portal-demo-2026';

export type DemoUser = {
  email: string;
  name: string;
  isAdmin: boolean;
  userTypes: readonly UserType[];
  /** One line for the start-up banner and the README. */
  description: string;
  /** The demo data this user reaches (DEMO_USER_SCOPES); none for the admin. */
  scope: DemoUserScope | null;
  /** Overrides the scope's CUPS restriction: the same fiscal IDs, every CUPS. */
  allCups?: boolean;
};

const { person, company, generator, solarClient, solarNewClient } = DEMO_USER_SCOPES;

/** One user per role of PRODUCT.md (issue 3, item 13). */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@portal.example', name: 'Administración', isAdmin: true, userTypes: [], scope: null, description: 'admin: every row, the admin screens' },
  {
    email: 'cliente@portal.example',
    name: person.name,
    isAdmin: false,
    userTypes: ['WEB_CLIENT'],
    scope: person,
    description: `web client, DNI ${person.dni} only: documents, contracts, invoices of two homes`,
  },
  {
    email: 'medidas@portal.example',
    name: company.name,
    isAdmin: false,
    userTypes: ['WEB_CLIENT_MEASUREMENTS'],
    scope: company,
    description: `web client + measurements, CIF ${company.cif} + related ${company.relatedFiscalIds.join(', ')}, restricted to ${company.cupsRestriction.length} CUPS`,
  },
  {
    email: 'prevision@portal.example',
    name: company.name,
    isAdmin: false,
    userTypes: ['WEB_CLIENT_FORECAST'],
    scope: company,
    allCups: true,
    description: `web client + forecast, CIF ${company.cif} + related ${company.relatedFiscalIds.join(', ')}, every CUPS: measurements, forecasts, deviations`,
  },
  {
    email: 'generador@portal.example',
    name: generator.name,
    isAdmin: false,
    userTypes: ['WEB_CLIENT_GENERATOR'],
    scope: generator,
    description: `generator, CIF ${generator.cif}: generation settlements, matching prices`,
  },
  {
    email: 'solar@portal.example',
    name: solarClient.name,
    isAdmin: false,
    userTypes: ['SOLAR_CLIENT'],
    scope: solarClient,
    description: `solar client, DNI ${solarClient.dni}: installation, incidents, documents`,
  },
  {
    email: 'mixto@portal.example',
    name: solarClient.name,
    isAdmin: false,
    userTypes: ['WEB_CLIENT_MEASUREMENTS', 'SOLAR_CLIENT'],
    scope: solarClient,
    description: `web client + measurements and solar client, DNI ${solarClient.dni}: the union of both`,
  },
  {
    email: 'solar-sin-curva@portal.example',
    name: solarNewClient.name,
    isAdmin: false,
    userTypes: ['SOLAR_CLIENT'],
    scope: solarNewClient,
    description: `solar client, DNI ${solarNewClient.dni}: a CUPS without a curve; uploads one in the roof step`,
  },
];

type ScopeFields = Pick<User, 'personalFiscalId' | 'personalFiscalIdKind' | 'companyFiscalId' | 'relatedFiscalIds' | 'cupsRestriction'>;

function scopeFields(user: DemoUser): Partial<ScopeFields> {
  const scope = user.scope;
  if (!scope) return {};
  return {
    // The demo constants are already normalised; a demo DNI is never a NIE or passport.
    personalFiscalId: scope.dni,
    personalFiscalIdKind: scope.dni ? 'DNI' : null,
    companyFiscalId: scope.cif,
    relatedFiscalIds: [...scope.relatedFiscalIds],
    cupsRestriction: user.allCups ? [] : [...scope.cupsRestriction],
  };
}

/**
 * Creates the demo users that do not exist yet (by e-mail), ACTIVE with DEMO_PASSWORD; existing
 * ones are left as they are. Returns the e-mails created. For local/demo data only.
 */
export async function seedDemoUsers(em: EntityManager, at: { now: Date }): Promise<string[]> {
  return em.transactional(async (tx) => {
    const existing = new Set((await tx.find(User, { email: { $in: DEMO_USERS.map((user) => user.email) } })).map((user) => user.email));
    const missing = DEMO_USERS.filter((user) => !existing.has(user.email));
    if (missing.length === 0) return [];
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of missing) {
      tx.create(User, {
        email: demo.email,
        name: demo.name,
        language: DEFAULT_LANGUAGE,
        status: UserStatus.ACTIVE,
        isAdmin: demo.isAdmin,
        userTypes: [...demo.userTypes],
        ...scopeFields(demo),
        passwordHash,
        createdAt: at.now,
      });
    }
    return missing.map((user) => user.email);
  });
}
