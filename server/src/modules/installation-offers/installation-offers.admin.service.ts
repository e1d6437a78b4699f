import { exactNumeric, LOCAL_TIME_ZONE } from '@portal/shared';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { inEveryLanguage, type Translations } from '../../core/i18n/translations.js';
import { runAutomaticActions } from '../automatic-actions/index.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { checkedText } from '../installation-documents/index.js';
import type { Installation } from '../installations/installation.entity.js';
import { findInstallation } from '../installations/index.js';
import type { InstallerVisitInput } from './installation-offers.admin.types.js';
import { InstallerVisit, Offer, OfferStatus } from './installation-offers.entity.js';

export const DEFAULT_VISIT_MS = 2 * 60 * 60 * 1000;

/** Euros as the customer reads them in an e-mail: 6.890,50 €. */
export function euros(amount: string): string {
  // es-ES leaves 4-digit amounts ungrouped by default; the portal always groups (as the SPA does).
  const grouping = { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;
  return new Intl.NumberFormat('es-ES', { ...grouping, style: 'currency', currency: 'EUR' }).format(exactNumeric(amount));
}

/** A visit's start as the customer reads it: "lunes, 30 de noviembre de 2026, 10:00" (Madrid time). */
export function visitDate(date: Date): string {
  return new Intl.DateTimeFormat('es-ES', { dateStyle: 'full', timeStyle: 'short', timeZone: LOCAL_TIME_ZONE }).format(date);
}

async function accountOf(em: EntityManager, installation: Installation): Promise<CustomerAccount> {
  return em.findOneOrFail(CustomerAccount, { id: installation.account.id });
}

export type SharedOfferFields = { title: string; titleTranslations: Translations; amount: string; peakPowerKwp: string; panelCount: number };

/** The Offer row of an uploaded offer PDF and the OFFER_SHARED automatic actions (the caller flushes). */
export async function shareOffer(
  tx: EntityManager,
  upload: { installation: Installation; fields: SharedOfferFields; documentId: string; now: Date; publicUrl: string },
): Promise<Offer> {
  const { installation, fields, now } = upload;
  const offer = tx.create(Offer, { installation: installation.id, ...fields, document: upload.documentId, sharedAt: now });
  await runAutomaticActions(tx, AutomaticTrigger.OFFER_SHARED, {
    account: await accountOf(tx, installation),
    now,
    publicUrl: upload.publicUrl,
    variables: { installation_code: installation.code, offer_title: inEveryLanguage(fields.title, fields.titleTranslations), offer_amount: euros(fields.amount) },
  });
  return offer;
}

/** Withdraws a SHARED offer: the customer can no longer accept it. */
export async function withdrawOffer(em: EntityManager, id: string): Promise<Offer> {
  const offerId = idArgument('id', id);
  return em.transactional(async (tx) => {
    const offer = await tx.findOne(Offer, { id: offerId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!offer) throw notFound('id', 'No such offer.');
    if (offer.status === OfferStatus.WITHDRAWN) return offer;
    if (offer.status !== OfferStatus.SHARED) throw invalidInput('id', 'NOT_WITHDRAWABLE', `only a shared offer can be withdrawn; this one is ${offer.status}.`);
    offer.status = OfferStatus.WITHDRAWN;
    await tx.flush();
    return offer;
  });
}

/**
 * Schedules a new installer visit, or changes `visitId` (then the customer must look at it again:
 * "viewed" is reset), and runs the VISIT_SCHEDULED automatic actions in the same flush.
 */
export async function scheduleInstallerVisit(
  em: EntityManager,
  installationId: string,
  visitId: string | null,
  input: InstallerVisitInput,
  at: { now: Date; publicUrl: string },
): Promise<InstallerVisit> {
  const startsAt = input.startsAt;
  const endsAt = input.endsAt ?? new Date(startsAt.getTime() + DEFAULT_VISIT_MS);
  if (endsAt.getTime() <= startsAt.getTime()) throw invalidInput('input.endsAt', 'BEFORE_START', 'the visit must end after it starts.');
  const fields = {
    startsAt,
    endsAt,
    installerName: checkedText('input.installerName', input.installerName, 200),
    phone: checkedText('input.installerPhone', input.installerPhone, 40),
    company: checkedText('input.company', input.company, 200, true),
    email: checkedText('input.email', input.email, 254, true),
    notes: checkedText('input.notes', input.notes, 2000, true) || null,
  };
  const installation = await findInstallation(em, 'installationId', installationId);
  let visit: InstallerVisit;
  if (visitId) {
    const found = await em.findOne(InstallerVisit, { id: idArgument('visitId', visitId), installation: installation.id });
    if (!found) throw notFound('visitId', 'No such visit of this installation.');
    visit = Object.assign(found, fields, { viewedAt: null });
  } else {
    visit = em.create(InstallerVisit, { installation, ...fields });
  }
  await runAutomaticActions(em, AutomaticTrigger.VISIT_SCHEDULED, {
    account: await accountOf(em, installation),
    now: at.now,
    publicUrl: at.publicUrl,
    variables: { installation_code: installation.code, visit_date: visitDate(startsAt), installer_name: fields.installerName },
  });
  await em.flush();
  return visit;
}
