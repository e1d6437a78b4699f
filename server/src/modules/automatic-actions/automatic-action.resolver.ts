import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import {
  automaticTriggers,
  createAutomaticAction,
  deleteAutomaticAction,
  listAutomaticActions,
  setAutomaticActionEnabled,
  updateAutomaticAction,
} from './automatic-action.admin.service.js';
import { AutomaticAction } from './automatic-action.entity.js';
import { AutomaticActionInput, AutomaticTriggerInfo } from './automatic-action.inputs.js';

/** Admin: automatic actions (every field isAdmin, automatic-action.rules.ts). */
@Resolver(() => AutomaticAction)
export class AutomaticActionResolver {
  @Query(() => [AutomaticAction], { description: 'Admin: every automatic action, by trigger.' })
  automaticActions(@Ctx() { em }: Context): Promise<AutomaticAction[]> {
    return listAutomaticActions(em);
  }

  @Query(() => [AutomaticTriggerInfo], { description: 'Admin: the triggers and the |variables| each gives its template.' })
  automaticTriggers(): AutomaticTriggerInfo[] {
    return automaticTriggers();
  }

  @Mutation(() => AutomaticAction, {
    nullable: true,
    description: 'Admin: a template using a variable the trigger does not give is refused (input.templateKey).',
  })
  createAutomaticAction(
    @Arg('input', () => AutomaticActionInput) input: AutomaticActionInput,
    @Ctx() { em, clock }: Context,
  ): Promise<AutomaticAction> {
    return createAutomaticAction(em, input, clock.now());
  }

  @Mutation(() => AutomaticAction, { nullable: true, description: 'Admin: replaces the action’s fields.' })
  updateAutomaticAction(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AutomaticActionInput) input: AutomaticActionInput,
    @Ctx() { em }: Context,
  ): Promise<AutomaticAction> {
    return updateAutomaticAction(em, id, input);
  }

  @Mutation(() => AutomaticAction, { nullable: true })
  setAutomaticActionEnabled(
    @Arg('id', () => ID) id: string,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() { em }: Context,
  ): Promise<AutomaticAction> {
    return setAutomaticActionEnabled(em, id, enabled);
  }

  @Mutation(() => Boolean, { nullable: true })
  deleteAutomaticAction(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<boolean> {
    return deleteAutomaticAction(em, id);
  }
}
