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
      'Runs the CONTRACT_ACTIVATED automatic actions. Refused (BAD_USER_INPUT, reason CONTRACT_OVERLAP, naming the ' +
      'other contract and its dates) when an active contract of the same supply point overlaps its dates, unless ' +
      'replaceOverlapping ends that one the day before this one starts.',
  })
  async activateContract(
    @Arg('id', () => ID) id: string,
    @Arg('replaceOverlapping', () => Boolean, { defaultValue: false, description: 'End an overlapping active contract the day before this one starts.' })
    replaceOverlapping: boolean,
    @Ctx() { em, clock, config }: Context,
  ): Promise<ContractActivationResult> {
    // Admins' ctx.em carries the explicit ALL_ROWS scope (isAdmin rule in contract-activation.rules.ts).
    const at = { now: clock.now(), publicUrl: config.publicUrl };
    const result = await activateContract(em, idArgument('id', id), at, { replaceOverlapping });
    return { contract: result.contract, outcome: result.outcome, userId: result.user?.id ?? null, userEmail: result.user?.email ?? null };
  }
}
