import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';

/**
 * A pending change of a user's contact e-mail: the link sent to the NEW address carries a
 * random token (core/secrets randomToken); only its keyed hash (core/secrets tokenHash) is stored. Single use, expires,
 * and only the newest request of a user counts.
 */
@Entity({ tableName: 'email_change_token' })
export class EmailChangeToken {
  [OptionalProps]?: 'id' | 'usedAt' | 'supersededAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  /** Normalised (trimmed, lower-cased). */
  @Property({ type: 'string', length: 254 })
  newEmail!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;
}
