import { SECTIONS, USER_TYPES } from '@portal/shared';
import { registerEnumType } from 'type-graphql';
import { stringEnum } from '../string-enum.js';

// The GraphQL enums are built from shared/'s lists, so the API, the server's guards and the
// SPA's menus can never disagree. Registered here once; use these objects in @Field/@Arg.

export const UserTypeEnum = stringEnum(USER_TYPES);
registerEnumType(UserTypeEnum, { name: 'UserType', description: 'A customer user type; its sections are in shared/.' });

export const SectionEnum = stringEnum(SECTIONS);
registerEnumType(SectionEnum, { name: 'Section', description: 'A part of the portal a user type may see.' });
