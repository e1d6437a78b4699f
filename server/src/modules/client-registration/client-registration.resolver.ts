import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { RegisterSolarClientInput } from './client-registration.inputs.js';
import { registerSolarClient } from './client-registration.service.js';
import { SolarClientRegistration } from './client-registration.types.js';

@Resolver(() => SolarClientRegistration)
export class ClientRegistrationResolver {
  @Mutation(() => SolarClientRegistration, {
    description:
      "Admin: registers a solar client: a customer account, a SOLAR_CLIENT user for the e-mail (or the existing one's " +
      "scope extended) and an installation in the default flow's first substate; runs the CLIENT_REGISTERED automatic actions.",
  })
  async registerSolarClient(
    @Arg('input', () => RegisterSolarClientInput) input: RegisterSolarClientInput,
    @Ctx() { em, viewer, clock, config }: Context,
  ): Promise<SolarClientRegistration> {
    const result = await registerSolarClient(em, input, { now: clock.now(), publicUrl: config.publicUrl, by: viewer?.user ?? null });
    return { account: result.account, installation: result.installation, userId: result.user.id, userEmail: result.user.email, userCreated: result.userCreated };
  }
}
