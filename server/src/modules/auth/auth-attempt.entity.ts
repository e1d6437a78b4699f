import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { stringEnum, type EnumValue } from '../../core/string-enum.js';

export const AuthAttemptKind = stringEnum([
  'CODE_REQUEST', 'CODE_FAILURE', 'PASSWORD_FAILURE', 'EMAIL_CHANGE_REQUEST', 'CUSTOMER_IMPORT',
]);
export type AuthAttemptKind = EnumValue<typeof AuthAttemptKind>;

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
