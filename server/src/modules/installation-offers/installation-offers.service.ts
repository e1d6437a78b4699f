import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inLanguage } from '../../core/i18n/translations.js';
import { Installation } from '../installations/installation.entity.js';
import { raisePortalEvent } from '../notifications/index.js';
import { User } from '../users/user.entity.js';
import { offerNotAcceptable } from './installation-offers-errors.js';
import { InstallerVisit, Offer, OfferStatus } from './installation-offers.entity.js';

type Actor = { user: Pick<User, 'id' | 'email' | 'name' | 'language'>; at: Date };

/**
 * Accepts an offer the caller's `em` can see (null when it cannot). Idempotent for the accepted
 * offer itself; accepting withdraws the installation's other shared offers. Race-safe: the
 * installation row is locked (SELECT … FOR UPDATE) before the offers are read, so two accepts of
 * two offers of one installation run one after the other and the second finds its offer
 * withdrawn. The partial unique index `offer_one_accepted` backs this up in the database.
 */
export async function acceptOffer(em: EntityManager, offerId: string, actor: Actor): Promise<Offer | null> {
  try {
    return await em.transactional(async (tx) => {
      const found = await tx.findOne(Offer, { id: offerId });
      if (!found) return null;
      const installation = await tx.findOneOrFail(
        Installation,
        { id: found.installation.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      // Read after the lock, fresh: whatever a concurrent accept committed is visible now.
      const offers = await tx.find(Offer, { installation: installation.id }, { refresh: true });
      const offer = offers.find((candidate) => candidate.id === offerId)!;
      if (offer.status === OfferStatus.ACCEPTED) return offer;
      if (offer.status !== OfferStatus.SHARED || offers.some((other) => other.status === OfferStatus.ACCEPTED)) {
        throw offerNotAcceptable();
      }
      offer.status = OfferStatus.ACCEPTED;
      offer.acceptedAt = actor.at;
      offer.acceptedBy = tx.getReference(User, actor.user.id, { wrapped: true });
      for (const other of offers) {
        if (other !== offer && other.status === OfferStatus.SHARED) other.status = OfferStatus.WITHDRAWN;
      }
      await raisePortalEvent(tx, 'offer-accepted', {
        to: actor.user.email,
        language: actor.user.language,
        variables: {
          client_name: actor.user.name,
          installation_code: installation.code,
          offer_title: inLanguage(offer.title, offer.titleTranslations, actor.user.language),
          offer_amount: offer.amount,
        },
        now: actor.at,
      });
      await tx.flush();
      return offer;
    });
  } catch (error) {
    // Only reachable if the lock were bypassed: the index refused a second accepted offer.
    if (error instanceof UniqueConstraintViolationException) throw offerNotAcceptable();
    throw error;
  }
}

/** The installation's next visit (not yet over), else its latest one; null when none. */
export async function currentVisit(em: EntityManager, installationId: string, now: Date): Promise<InstallerVisit | null> {
  const upcoming = await em.findOne(
    InstallerVisit,
    { installation: installationId, endsAt: { $gte: now } },
    { orderBy: { startsAt: 'asc', id: 'asc' } },
  );
  return upcoming ?? em.findOne(InstallerVisit, { installation: installationId }, { orderBy: { startsAt: 'desc', id: 'asc' } });
}

/**
 * The customer opened the visit screen: records the first time (a conditional UPDATE, so two tabs
 * cannot both count as the first) and raises 'visit-viewed' only then, in the same transaction.
 */
export async function markVisitViewed(em: EntityManager, installation: Installation, actor: Actor): Promise<InstallerVisit | null> {
  const visit = await currentVisit(em, installation.id, actor.at);
  if (!visit || visit.viewedAt) return visit;
  await em.transactional(async (tx) => {
    // The visit was found through the row scope above; the update goes by its id (raw SQL: a
    // conditional UPDATE, so only the first opening counts).
    const { affectedRows } = await tx.execute<{ affectedRows: number }>(
      `update "installer_visit" set "viewed_at" = ? where "id" = ? and "viewed_at" is null`,
      [actor.at, visit.id],
      'run',
    );
    if (affectedRows !== 1) return;
    await raisePortalEvent(tx, 'visit-viewed', {
      to: actor.user.email,
      language: actor.user.language,
      variables: {
        client_name: actor.user.name,
        installation_code: installation.code,
        installer_name: visit.installerName,
        visit_start: visit.startsAt.toISOString(),
      },
      now: actor.at,
    });
    await tx.flush();
  });
  return em.findOne(InstallerVisit, { id: visit.id }, { refresh: true });
}
