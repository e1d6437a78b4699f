import { FISCAL_ID_KINDS, LANGUAGES, type FiscalIdKind, type Language } from '@portal/shared';
import { registerEnumType } from 'type-graphql';

// GraphQL enums built from shared/'s lists, registered once here; use these objects in
// @Field/@Arg and the shared types everywhere else.

/** GraphQL names are upper case (ES, EN); the values stored and used in code are 'es', 'en'. */
export const LanguageEnum = Object.fromEntries(LANGUAGES.map((value) => [value.toUpperCase(), value])) as {
  [K in Language as Uppercase<K>]: K;
};
registerEnumType(LanguageEnum, { name: 'Language' });

export const FiscalIdKindEnum = Object.fromEntries(FISCAL_ID_KINDS.map((value) => [value, value])) as {
  [K in FiscalIdKind]: K;
};
registerEnumType(FiscalIdKindEnum, { name: 'FiscalIdKind' });
