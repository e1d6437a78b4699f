import type { Section, UserType, Language } from '@portal/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SectionEnum, UserTypeEnum } from '../../core/graphql/access-enums.js';
import { type User } from '../users/user.entity.js';
import { accessOf } from './user-access.js';
import { LanguageEnum } from '../../core/graphql/shared-enums.js';

@ObjectType({ description: 'The admin whose session is showing the portal as this user.' })
export class ActingAdmin {
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
}

/** The signed-in person as the SPA needs them: who they are and which sections to show. */
@ObjectType('Viewer', { description: 'The signed-in user: identity, language and the sections their user types grant.' })
export class ViewerType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => LanguageEnum) language!: Language;
  @Field(() => [UserTypeEnum]) userTypes!: UserType[];

  @Field(() => [SectionEnum], { description: 'The union of the user types\' sections; every section for admins.' })
  sections!: Section[];

  @Field(() => Boolean) isAdmin!: boolean;

  @Field(() => ActingAdmin, {
    nullable: true,
    description: 'Set when an admin is viewing the portal as this user ("act as this customer"): the view is read-only.',
  })
  actingAdmin!: ActingAdmin | null;

  @Field(() => Boolean, { description: 'True while acting as this user: every change is refused (FORBIDDEN) but stopActingAs and signOut.' })
  readOnly!: boolean;

  static of(user: Pick<User, 'id' | 'email' | 'name' | 'language' | 'isAdmin' | 'userTypes'>, actingAdmin: Pick<User, 'name' | 'email'> | null = null): ViewerType {
    return Object.assign(new ViewerType(), {
      id: user.id,
      email: user.email,
      name: user.name,
      language: user.language,
      ...accessOf(user),
      isAdmin: user.isAdmin && !actingAdmin,
      actingAdmin: actingAdmin ? { name: actingAdmin.name, email: actingAdmin.email } : null,
      readOnly: actingAdmin !== null,
    });
  }
}

@ObjectType({ description: 'The same answer whether or not the e-mail is registered.' })
export class SignInCodeRequest {
  @Field(() => Int, { description: 'Seconds until another code may be requested for this e-mail.' })
  retryAfterSeconds!: number;
}
