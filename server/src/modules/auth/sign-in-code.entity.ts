import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';

/** A 6-digit e-mailed code, valid 5 minutes; only its hash is stored. Dies after 5 wrong tries. */
@Entity({ tableName: 'sign_in_code' })
@Index({ properties: ['user', 'createdAt'] })
export class SignInCode {
  [OptionalProps]?: 'id' | 'usedAt' | 'supersededAt' | 'failedAttempts';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;

  @Property({ type: 'smallint' })
  failedAttempts: number = 0;
}
