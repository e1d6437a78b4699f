import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { loadOptional } from '../../core/graphql/relations.js';
import { translatedTextResolver } from '../../core/i18n/translated-fields.js';
import { Document } from '../documents/document.entity.js';
import { Installation } from '../installations/installation.entity.js';
import { findInstallation } from '../installations/index.js';
import { InstallerVisit, Offer } from './installation-offers.entity.js';
import { acceptOffer, currentVisit, markVisitViewed } from './installation-offers.service.js';

@Resolver(() => Installation)
export class InstallationOffersResolver {
  @FieldResolver(() => [Offer], { description: 'Offers shared for this installation, newest first.' })
  offers(@Root() installation: Installation, @Ctx() { em }: Context): Promise<Offer[]> {
    return em.find(Offer, { installation: installation.id }, { orderBy: { sharedAt: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => InstallerVisit, { nullable: true, description: 'The next installer visit, else the latest one.' })
  installerVisit(@Root() installation: Installation, @Ctx() { em, clock }: Context): Promise<InstallerVisit | null> {
    return currentVisit(em, installation.id, clock.now());
  }

  @Mutation(() => Offer, {
    description: 'Accepts an offer (idempotent); withdraws the other shared offers. OFFER_NOT_ACCEPTABLE when withdrawn or another is accepted.',
  })
  async acceptOffer(@Arg('id', () => ID) id: string, @Ctx() { em, clock }: Context, @CurrentViewer() viewer: Viewer): Promise<Offer> {
    const offer = await acceptOffer(em, idArgument('id', id), { user: viewer.user, at: clock.now() });
    if (!offer) throw notFound('id', 'No such offer.');
    return offer;
  }

  @Mutation(() => InstallerVisit, {
    nullable: true,
    description: 'The customer opened the visit screen: records the first time and raises visit-viewed once. Null when no visit.',
  })
  async markVisitViewed(@Arg('installationId', () => ID) installationId: string, @Ctx() { em, clock }: Context, @CurrentViewer() viewer: Viewer): Promise<InstallerVisit | null> {
    const installation = await findInstallation(em, 'installationId', installationId);
    // Staff looking at a customer's installation is not the customer having seen the visit.
    if (viewer.isAdmin) return currentVisit(em, installation.id, clock.now());
    return markVisitViewed(em, installation, { user: viewer.user, at: clock.now() });
  }
}

@Resolver(() => Offer)
export class OfferResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The offer PDF (download through /files/:id).' })
  document(@Root() offer: Offer): Promise<Document | null> {
    return loadOptional(offer.document);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who accepted it.' })
  async acceptedByName(@Root() offer: Offer): Promise<string | null> {
    return (await loadOptional(offer.acceptedBy))?.name ?? null;
  }
}

export const OfferTitleResolver = translatedTextResolver(Offer, 'title', 'The title');
