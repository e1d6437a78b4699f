import { FISCAL_ID_KINDS, LANGUAGES, type Language } from '@portal/shared';
import { registerEnumType } from 'type-graphql';
import { stringEnum } from '../string-enum.js';

// GraphQL enums built from shared/'s lists, registered once here; use these objects in
// @Field/@Arg and the shared types everywhere else.

/** GraphQL names are upper case (ES, EN); the values stored and used in code are 'es', 'en'. */
export const LanguageEnum = Object.fromEntries(LANGUAGES.map((value) => [value.toUpperCase(), value])) as {
  [K in Language as Uppercase<K>]: K;
};
registerEnumType(LanguageEnum, { name: 'Language' });

export const FiscalIdKindEnum = stringEnum(FISCAL_ID_KINDS);
registerEnumType(FiscalIdKindEnum, { name: 'FiscalIdKind' });
