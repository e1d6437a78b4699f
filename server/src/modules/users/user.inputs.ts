import { Field, InputType } from 'type-graphql';
import { UserTypeEnum } from '../../core/graphql/access-enums.js';
import { DEFAULT_LANGUAGE, type FiscalIdKind, type Language } from '@portal/shared';
import { LanguageEnum, FiscalIdKindEnum } from '../../core/graphql/shared-enums.js';

@InputType({ description: 'A fiscal ID as typed; separators and case do not matter.' })
export class FiscalIdInput {
  @Field(() => String) value!: string;

  @Field(() => FiscalIdKindEnum, {
    nullable: true,
    description: 'Detected from the value when omitted (DNI, NIE, NIF or CIF; an ES prefix is dropped); a passport must say PASSPORT.',
  })
  kind?: FiscalIdKind | null;
}

@InputType({ description: 'Everything an admin sets on a user; the whole scope is replaced on each save.' })
export class UserInput {
  @Field(() => String, { description: 'Unique, compared case-insensitively; stored lower-cased.' }) email!: string;
  @Field(() => String) name!: string;
  @Field(() => LanguageEnum, { nullable: true, defaultValue: DEFAULT_LANGUAGE }) language?: Language | null;

  @Field(() => [UserTypeEnum], { defaultValue: [], description: 'At least one for a customer; none for an admin.' })
  userTypes!: string[];

  @Field(() => Boolean, { defaultValue: false, description: 'Company staff: no user types and no scope.' })
  isAdmin!: boolean;

  @Field(() => FiscalIdInput, { nullable: true, description: 'A DNI, NIE, NIF (K, L, M) or passport.' })
  personalFiscalId?: FiscalIdInput | null;

  @Field(() => String, { nullable: true, description: 'A CIF.' }) companyFiscalId?: string | null;

  @Field(() => [FiscalIdInput], { defaultValue: [], description: 'Further fiscal IDs of any kind.' })
  relatedFiscalIds!: FiscalIdInput[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'CUPS of the fiscal IDs above the user is limited to; empty: all of them.',
  })
  cupsRestriction!: string[];
}
