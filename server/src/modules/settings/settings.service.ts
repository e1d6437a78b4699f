import { isUserType, type UserType } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { PortalSettings } from './portal-settings.entity.js';

export const WELCOME_LINK_VALIDITY_DAYS = { min: 1, max: 60 } as const;

export type SettingsChange = {
  automaticUserCreation?: boolean | null;
  automaticUserType?: string | null;
  welcomeLinkValidityDays?: number | null;
};

/** The settings row (created by the migration); defaults if it were ever missing. */
export async function loadSettings(em: EntityManager): Promise<PortalSettings> {
  return (await em.findOne(PortalSettings, { id: 1 })) ?? new PortalSettings();
}

/** The user type automatically created users get; a stored value no longer known falls back to WEB_CLIENT. */
export function automaticUserTypeOf(settings: PortalSettings): UserType {
  return isUserType(settings.automaticUserType) ? settings.automaticUserType : 'WEB_CLIENT';
}

/** Applies the given fields, after checking them all (BAD_USER_INPUT naming `input.<field>`). */
export async function updateSettings(em: EntityManager, change: SettingsChange): Promise<PortalSettings> {
  const days = change.welcomeLinkValidityDays;
  if (days != null && (!Number.isInteger(days) || days < WELCOME_LINK_VALIDITY_DAYS.min || days > WELCOME_LINK_VALIDITY_DAYS.max)) {
    const { min, max } = WELCOME_LINK_VALIDITY_DAYS;
    throw badInput('input.welcomeLinkValidityDays', `must be a whole number of days from ${min} to ${max}, got ${days}`);
  }
  if (change.automaticUserType != null && !isUserType(change.automaticUserType)) {
    throw badInput('input.automaticUserType', `${change.automaticUserType} is not a user type`);
  }
  return em.transactional(async (tx) => {
    let settings = await tx.findOne(PortalSettings, { id: 1 });
    if (!settings) tx.persist((settings = new PortalSettings()));
    if (change.automaticUserCreation != null) settings.automaticUserCreation = change.automaticUserCreation;
    if (change.automaticUserType != null) settings.automaticUserType = change.automaticUserType;
    if (days != null) settings.welcomeLinkValidityDays = days;
    return settings;
  });
}
