import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { DEFAULT_LANGUAGE, type FiscalIdKind, type Language } from '@portal/shared';
import { LanguageEnum, FiscalIdKindEnum } from '../../core/graphql/shared-enums.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

export const UserStatus = graphqlEnum('UserStatus', [
  /** Created; has not signed in yet. */
  'INVITED',
  'ACTIVE', 'DISABLED',
]);
export type UserStatus = EnumValue<typeof UserStatus>;

/**
 * A person who signs in: company staff (isAdmin) or a customer. A customer's row scope comes
 * from the fiscal IDs and CUPS restriction here: the session lookup (auth/session-viewer.ts) builds it, and
 * core/permissions/row-scope.ts applies it.
 */
@ObjectType()
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?:
    | 'id'
    | 'language'
    | 'status'
    | 'isAdmin'
    | 'userTypes'
    | 'personalFiscalId'
    | 'personalFiscalIdKind'
    | 'companyFiscalId'
    | 'relatedFiscalIds'
    | 'cupsRestriction'
    | 'passwordHash'
    | 'createdAt'
    | 'lastSignInAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  /** Stored trimmed and lower-cased: e-mails compare case-insensitively. */
  @Field(() => String) @Property({ type: 'string', length: 254, unique: true }) email!: string;
  @Field(() => String) @Property({ type: 'string' }) name!: string;
  @Field(() => LanguageEnum) @Enum({ items: () => LanguageEnum }) language: Language = DEFAULT_LANGUAGE;
  @Field(() => UserStatus) @Enum({ items: () => UserStatus }) status: UserStatus = UserStatus.INVITED;
  @Field(() => Boolean) @Property({ type: 'boolean' }) isAdmin: boolean = false;

  /** A set of shared/ UserType values; the sections shown are their union. */
  @Property({ type: 'text[]' }) userTypes: string[] = [];

  /** DNI, NIE, NIF (K, L, M) or passport, normalised. */
  @Property({ type: 'string', length: 20, nullable: true }) personalFiscalId: string | null = null;
  @Enum({ items: () => FiscalIdKindEnum, nullable: true }) personalFiscalIdKind: FiscalIdKind | null = null;

  /** CIF, normalised. */
  @Property({ type: 'string', length: 20, nullable: true }) companyFiscalId: string | null = null;
  @Property({ type: 'text[]' }) relatedFiscalIds: string[] = [];

  /** CUPS (normalised) the user is limited to; empty: every CUPS of the fiscal scope. */
  @Property({ type: 'text[]' }) cupsRestriction: string[] = [];

  /** argon2id; null until the user sets a password. Never a GraphQL field. */
  @Property({ type: 'string', nullable: true, lazy: true }) passwordHash: string | null = null;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true }) lastSignInAt: Date | null = null;
}

/**
 * What a request knows of its signed-in user: read with the session in one statement
 * (auth/session-viewer.ts) as plain data, not a managed entity; writes take a reference by id.
 */
export type ViewerUserFields = Pick<
  User,
  'id' | 'email' | 'name' | 'language' | 'status' | 'isAdmin' | 'userTypes' | 'personalFiscalId' | 'companyFiscalId' | 'relatedFiscalIds' | 'cupsRestriction'
>;
