import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { InstallerVisitInput } from './installation-offers.admin.types.js';
import { InstallerVisit, Offer } from './installation-offers.entity.js';
import { scheduleInstallerVisit, withdrawOffer } from './installation-offers.admin.service.js';

/**
 * Staff's side of offers and visits (ruled isAdmin in installation-offers.admin.rules.ts). Sharing an
 * offer is an upload: POST /uploads/installations/:id/offers (installation-offers.admin.upload.ts).
 */
@Resolver(() => Offer)
export class InstallationOffersAdminResolver {
  @Mutation(() => Offer, { description: 'Admin: withdraws a shared offer (the customer can no longer accept it). Idempotent.' })
  withdrawOffer(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Offer> {
    return withdrawOffer(em, id);
  }

  @Mutation(() => InstallerVisit, {
    description: 'Admin: schedules an installer visit, or changes `visitId` (the customer sees it as new); runs the VISIT_SCHEDULED actions.',
  })
  scheduleInstallerVisit(
    @Arg('installationId', () => ID) installationId: string,
    @Arg('visitId', () => ID, { nullable: true }) visitId: string | null,
    @Arg('input', () => InstallerVisitInput) input: InstallerVisitInput,
    @Ctx() { em, clock, config }: Context,
  ): Promise<InstallerVisit> {
    return scheduleInstallerVisit(em, installationId, visitId, input, { now: clock.now(), publicUrl: config.publicUrl });
  }
}
