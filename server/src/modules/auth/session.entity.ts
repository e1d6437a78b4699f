import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';

/** A signed-in browser. The cookie holds a random id; only its keyed hash (core/secrets tokenHash) is stored. */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'id' | 'revokedAt' | 'ip' | 'userAgent' | 'actingAsUser';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 64, unique: true }) tokenHash!: string;
  @Index() @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' }) user!: Ref<User>;
  @Property({ type: 'datetime' }) createdAt!: Date;

  /** Idle expiry runs from here. */
  @Property({ type: 'datetime' }) lastSeenAt!: Date;
  @Property({ type: 'datetime' }) absoluteExpiresAt!: Date;
  @Property({ type: 'datetime', nullable: true }) revokedAt: Date | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) ip: string | null = null;
  @Property({ type: 'string', length: 512, nullable: true }) userAgent: string | null = null;

  /**
   * An admin's session showing the portal as this customer, read-only ("act as this customer",
   * auth/acting.service.ts). Kept on the session so it ends with it.
   */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' }) actingAsUser: Ref<User> | null = null;
}
