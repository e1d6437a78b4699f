import { SECTIONS, USER_TYPES, type Section, type UserType } from '@portal/shared';
import { registerEnumType } from 'type-graphql';

// The GraphQL enums are built from shared/'s lists, so the API, the server's guards and the
// SPA's menus can never disagree. Registered here once; use these objects in @Field/@Arg.

export const UserTypeEnum = Object.fromEntries(USER_TYPES.map((value) => [value, value])) as { [K in UserType]: K };
registerEnumType(UserTypeEnum, { name: 'UserType', description: 'A customer user type; its sections are in shared/.' });

export const SectionEnum = Object.fromEntries(SECTIONS.map((value) => [value, value])) as { [K in Section]: K };
registerEnumType(SectionEnum, { name: 'Section', description: 'A part of the portal a user type may see.' });
