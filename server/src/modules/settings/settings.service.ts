import { isUserType, type PanelSettings, type UserType } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { paymentChange, type PaymentSettingsChange } from './payment-instructions.js';
import { PortalSettings } from './portal-settings.entity.js';

export const WELCOME_LINK_VALIDITY_DAYS = { min: 1, max: 60 } as const;

export type SettingsChange = PaymentSettingsChange & {
  automaticUserCreation?: boolean | null;
  automaticUserType?: string | null;
  welcomeLinkValidityDays?: number | null;
  panelWidthM?: number | null;
  panelHeightM?: number | null;
  panelPowerW?: number | null;
  packingFactor?: number | null;
};

export const PACKING_FACTOR = { min: 0.3, max: 1 } as const;

/** Column limits of the panel settings (numeric precision in the migration). */
const PANEL_LIMITS = { panelWidthM: 100, panelHeightM: 100, panelPowerW: 100_000 } as const;

/** The panel size, power and packing factor the roof estimate uses. */
export function panelSettingsOf(settings: PortalSettings): PanelSettings {
  return {
    panelWidthM: Number(settings.panelWidthM),
    panelHeightM: Number(settings.panelHeightM),
    panelPowerW: Number(settings.panelPowerW),
    packingFactor: Number(settings.packingFactor),
  };
}

/** Decimals the columns keep (numeric scale in the migration): values are stored rounded. */
const PANEL_SCALE = { panelWidthM: 3, panelHeightM: 3, panelPowerW: 2, packingFactor: 3 } as const;

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The panel fields given, rounded as stored; BAD_USER_INPUT naming `input.<field>` when one is out of range. */
function panelChange(change: SettingsChange): Partial<PanelSettings> {
  const result: Partial<PanelSettings> = {};
  for (const field of ['panelWidthM', 'panelHeightM', 'panelPowerW'] as const) {
    const given = change[field];
    if (given == null) continue;
    const value = roundTo(given, PANEL_SCALE[field]);
    if (!(Number.isFinite(value) && value > 0 && value < PANEL_LIMITS[field])) {
      throw badInput(`input.${field}`, `must be a positive number below ${PANEL_LIMITS[field]}, got ${given}`);
    }
    result[field] = value;
  }
  const packing = change.packingFactor;
  if (packing != null) {
    const value = roundTo(packing, PANEL_SCALE.packingFactor);
    if (!(Number.isFinite(value) && value >= PACKING_FACTOR.min && value <= PACKING_FACTOR.max)) {
      throw badInput('input.packingFactor', `must be from ${PACKING_FACTOR.min} to ${PACKING_FACTOR.max}, got ${packing}`);
    }
    result.packingFactor = value;
  }
  return result;
}

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
  const panels = panelChange(change);
  const payment = paymentChange(change);
  return em.transactional(async (tx) => {
    let settings = await tx.findOne(PortalSettings, { id: 1 });
    if (!settings) tx.persist((settings = new PortalSettings()));
    if (change.automaticUserCreation != null) settings.automaticUserCreation = change.automaticUserCreation;
    if (change.automaticUserType != null) settings.automaticUserType = change.automaticUserType;
    if (days != null) settings.welcomeLinkValidityDays = days;
    Object.assign(settings, panels, payment);
    return settings;
  });
}
