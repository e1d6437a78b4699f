import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Gave up after the last retry. */
  FAILED = 'FAILED',
}

/**
 * An e-mail to deliver, written in the same transaction as the change that causes it and
 * delivered by the outbox worker with retries. Bodies carrying links or codes are redacted
 * once delivered.
 */
@Entity({ tableName: 'outbox_email' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxEmail {
  [OptionalProps]?: 'id' | 'status' | 'attempts' | 'sentAt' | 'lastError' | 'html' | 'carriesSecret';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 254 })
  to!: string;

  @Property({ type: 'string' })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  html: string | null = null;

  /** The template it was rendered from, e.g. `welcome`. */
  @Property({ type: 'string', length: 64 })
  templateKey!: string;

  @Enum({ items: () => OutboxStatus })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Property({ type: 'smallint' })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** Its body holds a sign-in link or code: replaced once delivered or given up on. */
  @Property({ type: 'boolean' })
  carriesSecret: boolean = false;
}
