import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { ContractActivationResult } from './contract-activation.types.js';
import { activateContract } from './contract.service.js';

@Resolver()
export class ContractActivationResolver {
  @Mutation(() => ContractActivationResult, {
    description:
      'Admin: DRAFT → ACTIVE (an active contract is returned unchanged). With automatic user creation on, ' +
      'creates and welcomes a user for the billing e-mail, or adds the fiscal ID to its existing user; the outcome says which. ' +
      'Runs the CONTRACT_ACTIVATED automatic actions.',
  })
  async activateContract(@Arg('id', () => ID) id: string, @Ctx() { em, clock, config }: Context): Promise<ContractActivationResult> {
    // Admins' ctx.em carries the explicit ALL_ROWS scope (isAdmin rule in contract-activation.rules.ts).
    const result = await activateContract(em, idArgument('id', id), { now: clock.now(), publicUrl: config.publicUrl });
    return { contract: result.contract, outcome: result.outcome, userId: result.user?.id ?? null, userEmail: result.user?.email ?? null };
  }
}
