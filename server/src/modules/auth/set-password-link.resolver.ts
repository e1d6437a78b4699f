import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { SignInTokenPurpose } from './sign-in-token.entity.js';
import { peekSignInToken } from './sign-in-token.service.js';

@ObjectType({ description: 'A welcome (set-password) link that still works.' })
export class SetPasswordLink {
  @Field(() => String, { description: 'The address the link was sent to: the new password must not be it.' })
  email!: string;
}

/**
 * Lets the set-password page say that a link is used or expired before the person types a
 * password, and show the "not your e-mail" rule as met. Only the holder of a live link, which
 * went to that address, learns the address; 256-bit tokens cannot be guessed.
 */
@Resolver()
export class SetPasswordLinkResolver {
  @Query(() => SetPasswordLink, {
    nullable: true,
    description: 'The welcome link of `token` while it can still set a password; null when it is unknown, used, replaced by a newer one or expired.',
  })
  async setPasswordLink(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<SetPasswordLink | null> {
    const user = await peekSignInToken(ctx.em, token, SignInTokenPurpose.SET_PASSWORD, ctx.clock.now());
    return user ? Object.assign(new SetPasswordLink(), { email: user.email }) : null;
  }
}
