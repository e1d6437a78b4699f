import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { PageArgs, type Page } from '../../core/graphql/pagination.js';
import { findOutboxEmail, outboxEmailView, retryOutboxEmail, searchOutbox } from './outbox.admin.service.js';
import { OutboxEmailConnection, OutboxEmailFilter, OutboxEmailView } from './outbox.admin.types.js';

/** The sent e-mail log (every field ruled isAdmin in outbox.admin.rules.ts). */
@Resolver(() => OutboxEmailView)
export class OutboxAdminResolver {
  @Query(() => OutboxEmailConnection, { description: 'Admin: the outbox, newest first.' })
  outboxEmails(
    @Arg('filter', () => OutboxEmailFilter, { nullable: true }) filter: OutboxEmailFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Page<OutboxEmailView>> {
    return searchOutbox(em, filter, page);
  }

  @Query(() => OutboxEmailView, { nullable: true, description: 'Admin: one message with its rendered bodies; null when no such id.' })
  async outboxEmail(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<OutboxEmailView | null> {
    const message = await findOutboxEmail(em, id);
    return message ? outboxEmailView(message) : null;
  }

  @Mutation(() => OutboxEmailView, {
    description: 'Admin: queues a FAILED message again, due now, with its attempts reset to 0. Refused (BAD_USER_INPUT on id, reason ALREADY_SENT, STILL_PENDING, EXPIRED or REDACTED) when SENT, PENDING, EXPIRED or its link or code was erased.',
  })
  retryOutboxEmail(@Arg('id', () => ID) id: string, @Ctx() { em, clock }: Context): Promise<OutboxEmailView> {
    return retryOutboxEmail(em, id, clock.now());
  }
}
