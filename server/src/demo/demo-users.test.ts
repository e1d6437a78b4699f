import { sectionsFor, SECTIONS, type UserType } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { signInCookie, useTestApi } from '../../test/api.js';
import { DEMO_USER_SCOPES } from './demo-data.js';
import { verifyPassword } from '../modules/auth/password.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from './demo-users.js';
import { User, UserStatus } from '../modules/users/user.entity.js';

const { db, api } = useTestApi();

const ISSUE_EMAILS = [
  'admin@portal.example',
  'cliente@portal.example',
  'medidas@portal.example',
  'prevision@portal.example',
  'generador@portal.example',
  'solar@portal.example',
  'mixto@portal.example',
  'solar-sin-curva@portal.example',
];

describe('seedDemoUsers', () => {
  it('creates each demo user once, however often it runs', async () => {
    const now = new Date('2026-11-22T08:00:00Z');
    expect((await seedDemoUsers(db.orm.em.fork(), { now })).sort()).toEqual([...ISSUE_EMAILS].sort());
    expect(await seedDemoUsers(db.orm.em.fork(), { now })).toEqual([]);
    const users = await db.orm.em.fork().find(User, {}, { populate: ['passwordHash'] });
    expect(users.map((user) => user.email).sort()).toEqual([...ISSUE_EMAILS].sort());
    for (const user of users) {
      expect(user.status).toBe(UserStatus.ACTIVE);
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
    }
  });

  it('gives each demo user the types and scope the issue names', async () => {
    const byEmail = new Map((await db.orm.em.fork().find(User, {})).map((user) => [user.email, user]));
    expect(byEmail.get('admin@portal.example')).toMatchObject({ isAdmin: true, userTypes: [], personalFiscalId: null, companyFiscalId: null });
    expect(byEmail.get('cliente@portal.example')).toMatchObject({
      userTypes: ['WEB_CLIENT'],
      personalFiscalId: DEMO_USER_SCOPES.person.dni,
      companyFiscalId: null,
      relatedFiscalIds: [],
      cupsRestriction: [],
    });
    const medidas = byEmail.get('medidas@portal.example')!;
    expect(medidas).toMatchObject({ userTypes: ['WEB_CLIENT_MEASUREMENTS'], companyFiscalId: DEMO_USER_SCOPES.company.cif });
    expect(medidas.relatedFiscalIds.length).toBeGreaterThan(0);
    expect(medidas.cupsRestriction.length).toBeGreaterThan(0);
    expect(byEmail.get('prevision@portal.example')!.userTypes).toEqual(['WEB_CLIENT_FORECAST']);
    expect(byEmail.get('generador@portal.example')!.userTypes).toEqual(['WEB_CLIENT_GENERATOR']);
    expect(byEmail.get('solar@portal.example')!.userTypes).toEqual(['SOLAR_CLIENT']);
    expect(byEmail.get('mixto@portal.example')!.userTypes).toEqual(['WEB_CLIENT_MEASUREMENTS', 'SOLAR_CLIENT']);
    expect(byEmail.get('solar-sin-curva@portal.example')).toMatchObject({ userTypes: ['SOLAR_CLIENT'], personalFiscalId: DEMO_USER_SCOPES.solarNewClient.dni });
    for (const user of byEmail.values()) {
      if (!user.isAdmin) expect(user.personalFiscalId ?? user.companyFiscalId).not.toBeNull();
    }
  });

  it.each(DEMO_USERS.map((demo) => [demo.email, demo] as const))('%s sees the sections of the matrix', async (email, demo) => {
    const user = await db.orm.em.fork().findOneOrFail(User, { email });
    const res = await api.graphql<any>('{ viewer { sections } }', undefined, { cookie: await signInCookie(db.orm, user) });
    expect(res.errors).toBeUndefined();
    expect(res.data.viewer.sections).toEqual(demo.isAdmin ? [...SECTIONS] : sectionsFor(demo.userTypes as UserType[]));
  });
});
