import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { PersonalData, PersonalDataInput } from './personal-data.types.js';
import { confirmEmailChange, readPersonalData, requestEmailChange, updatePersonalData } from './personal-data.service.js';

@Resolver()
export class PersonalDataResolver {
  @Query(() => PersonalData, {
    nullable: true,
    description: "The viewer's name, phone, address and e-mail; null without a customer account of their own.",
  })
  myPersonalData(@Ctx() ctx: Context, @CurrentViewer() viewer: Viewer): Promise<PersonalData | null> {
    return readPersonalData(ctx.em, viewer.user.id);
  }

  @Mutation(() => PersonalData, {
    description: "Changes name, phone and address on both the user and their customer account. Raises 'personal-data-updated'.",
  })
  updateMyPersonalData(@Arg('input', () => PersonalDataInput) input: PersonalDataInput, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer): Promise<PersonalData> {
    return updatePersonalData(ctx.em, viewer.user.id, input, ctx.clock.now());
  }

  @Mutation(() => Boolean, {
    description: 'E-mails a confirmation link (valid 24 h, single use) to the new address. Always true when the address is well-formed. Errors: BAD_USER_INPUT (newEmail), TOO_MANY_ATTEMPTS (retryAfterSeconds; 5 an hour).',
  })
  async requestEmailChange(@Arg('newEmail', () => String) newEmail: string, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    await requestEmailChange(ctx.em, viewer.user.id, newEmail, {
      now: ctx.clock.now(),
      publicUrl: ctx.config.publicUrl,
      ip: ctx.request.ip,
    });
    return true;
  }

  @Mutation(() => PersonalData, {
    nullable: true,
    description: 'Confirms an e-mail change with the link token. Errors: EMAIL_CHANGE_LINK_INVALID, EMAIL_TAKEN.',
  })
  confirmEmailChange(@Arg('token', () => String) token: string, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer): Promise<PersonalData | null> {
    return confirmEmailChange(ctx.em, viewer.user.id, token, ctx.clock.now());
  }
}
