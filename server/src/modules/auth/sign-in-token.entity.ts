import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';

export enum SignInTokenPurpose {
  /** Passwordless entry, valid 45 minutes. */
  MAGIC_LINK = 'MAGIC_LINK',
  /** The welcome link: enter and set a password, valid for days. */
  SET_PASSWORD = 'SET_PASSWORD',
}

/** A link token (≥128 random bits); only its keyed hash (core/secrets tokenHash) is stored. Single use; only the newest counts. */
@Entity({ tableName: 'sign_in_token' })
@Index({ properties: ['user', 'purpose', 'createdAt'] })
export class SignInToken {
  [OptionalProps]?: 'id' | 'usedAt' | 'supersededAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => SignInTokenPurpose })
  purpose!: SignInTokenPurpose;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  /** Set when a newer token of the same purpose is issued. */
  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;
}
