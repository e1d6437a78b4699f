import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { stringEnum, type EnumValue } from '../../core/string-enum.js';

export const OutboxStatus = stringEnum([
  'PENDING', 'SENT',
  /** Gave up after the last retry. */
  'FAILED',
  /** Its link or code expired before it could be delivered: never sent late; its secret is erased. */
  'EXPIRED',
]);
export type OutboxStatus = EnumValue<typeof OutboxStatus>;

/**
 * An e-mail to deliver, written in the same transaction as the change that causes it and
 * delivered by the outbox worker with retries. A body carrying a link or a code is never kept
 * in clear: `text` holds a placeholder and `sealedBody` the body encrypted with the server key
 * (core/secrets seal), which only the delivery worker opens; it is erased once the message is
 * delivered, given up on or expired.
 */
@Entity({ tableName: 'outbox_email' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxEmail {
  [OptionalProps]?: 'id' | 'status' | 'attempts' | 'sentAt' | 'lastError' | 'html' | 'carriesSecret' | 'sealedBody' | 'secretExpiresAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 254 }) to!: string;
  @Property({ type: 'string' }) subject!: string;
  @Property({ type: 'text' }) text!: string;
  @Property({ type: 'text', nullable: true }) html: string | null = null;

  /** The template it was rendered from, e.g. `welcome`. */
  @Property({ type: 'string', length: 64 }) templateKey!: string;
  @Enum({ items: () => OutboxStatus }) status: OutboxStatus = OutboxStatus.PENDING;
  @Property({ type: 'smallint' }) attempts: number = 0;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime' }) nextAttemptAt!: Date;
  @Property({ type: 'datetime', nullable: true }) sentAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) lastError: string | null = null;

  /** Its body holds a sign-in link or code: sealed, never shown, erased once done with. */
  @Property({ type: 'boolean' }) carriesSecret: boolean = false;

  /** `{ text, html }` sealed with the server key while a secret-carrying message waits; else null. */
  @Property({ type: 'text', nullable: true }) sealedBody: string | null = null;

  /** When the link or code it carries stops working: not delivered after that (EXPIRED). */
  @Property({ type: 'datetime', nullable: true }) secretExpiresAt: Date | null = null;
}
