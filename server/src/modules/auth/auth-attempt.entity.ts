import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum AuthAttemptKind {
  CODE_REQUEST = 'CODE_REQUEST',
  CODE_FAILURE = 'CODE_FAILURE',
  PASSWORD_FAILURE = 'PASSWORD_FAILURE',
  EMAIL_CHANGE_REQUEST = 'EMAIL_CHANGE_REQUEST',
  CUSTOMER_IMPORT = 'CUSTOMER_IMPORT',
}

/**
 * One counted event for rate limits (per e-mail and per IP), kept in PostgreSQL so app
 * servers stay stateless. `subject` is a keyed hash of the e-mail, user or IP, never the value. Purged hourly (auth-purge.service.ts).
 */
@Entity({ tableName: 'auth_attempt' })
@Index({ properties: ['kind', 'subject', 'createdAt'] })
export class AuthAttempt {
  @PrimaryKey({ type: 'bigint', autoincrement: true }) id!: string;
  @Enum({ items: () => AuthAttemptKind }) kind!: AuthAttemptKind;
  @Property({ type: 'string', length: 80 }) subject!: string;
  @Property({ type: 'datetime' }) createdAt!: Date;
}
