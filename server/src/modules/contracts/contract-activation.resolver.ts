import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { Contract } from './contract.entity.js';
import { activateContract } from './contract.service.js';

@Resolver(() => Contract)
export class ContractActivationResolver {
  @Mutation(() => Contract, {
    nullable: true,
    description:
      'Admin: DRAFT → ACTIVE (an active contract is returned unchanged). With automatic user creation on, ' +
      'creates and welcomes a user for the billing e-mail, or adds the fiscal ID to its existing user.',
  })
  activateContract(@Arg('id', () => ID) id: string, @Ctx() { em, clock, config }: Context): Promise<Contract> {
    // Admins' ctx.em carries the explicit ALL_ROWS scope (isAdmin rule in contract-activation.rules.ts).
    return activateContract(em, idArgument('id', id), { now: clock.now(), publicUrl: config.publicUrl });
  }
}
