import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { solarEstimate } from './solar-estimate.service.js';
import { SolarEstimate } from './solar-estimate.types.js';

@Resolver()
export class SolarEstimateResolver {
  @Query(() => SolarEstimate, {
    nullable: true,
    description:
      'The solar estimate of an installation (see SolarEstimate): null until a roof is drawn. An installation outside the viewer\'s scope is NOT_FOUND, as one that does not exist.',
  })
  solarEstimate(@Arg('installationId', () => ID) installationId: string, @Ctx() { em, clock }: Context): Promise<SolarEstimate | null> {
    return solarEstimate(em, idArgument('installationId', installationId), clock.now());
  }
}
